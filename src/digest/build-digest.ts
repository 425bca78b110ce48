import type { Figure, Pack } from '../knowledge/schema.js';
import type { SlackMessage } from '../render/blocks.js';
import { chartGroupForFigure } from '../render/chart-groups.js';
import type { Store } from '../store/store.js';
import { summariseDay } from './activity.js';
import { type ArrivedBriefing, composeDigest } from './compose.js';
import { previousDay } from './dates.js';
import { leadFigure } from './lead-figure.js';
import { briefingForFigure, type FigurePick, pickBriefingFigure, pickQuestionAcross } from './rotate-briefings.js';

// Gathers what one day's digest needs (the rotation positions, which briefings are new, yesterday's records from the
// store), then hands them to the pure parts. Reads only: the preview, the dry run and the real post all build the
// same message, and only the post (post-digest.ts) moves the counters on.

/** How many digests were posted: whose turn the figure of the day is. One for the deployment. */
export const FIGURE_COUNTER = 'digest-figure';
/** How many of a briefing's figures were shown: where its own rotation is. */
export const briefingFigureCounter = (id: string) => `digest-figure:${id}`;
/** Above 0 once a digest said the briefing arrived; a briefing not yet announced is new. */
export const announcedCounter = (id: string) => `digest-announced:${id}`;
/**
 * How many digests this version posted, which announce new briefings. Digests were posted before it (the figure
 * counter moved) but none by it: the deployment was upgraded, and its briefings are not new, so the first digest
 * marks them announced without listing them.
 */
export const ANNOUNCING_COUNTER = 'digest-announcing';

export type DigestSource = {
  store: Store;
  /** The briefings served, newest first (as the catalogue keeps them). */
  packs: readonly Pack[];
  /** DIGEST_TZ: which records count as "yesterday". */
  timeZone: string;
};

export type BuiltDigest = {
  message: SlackMessage;
  figure: FigurePick | undefined;
  /** Ids of the briefings this digest announces as new. */
  announced: string[];
};

export async function buildDigest(source: DigestSource, day: string): Promise<BuiltDigest> {
  const { store, packs, timeZone } = source;
  const [turn, announcing, activity, feedback, unanswered, announced] = await Promise.all([
    store.peekCounter(FIGURE_COUNTER),
    store.peekCounter(ANNOUNCING_COUNTER),
    store.listActivity(),
    store.listFeedback(),
    store.listUnanswered(),
    Promise.all(packs.map(async (pack) => (await store.peekCounter(announcedCounter(pack.meta.id))) > 0)),
  ]);
  const figurePack = briefingForFigure(packs, turn);
  const figure = figurePack
    ? pickBriefingFigure(figurePack, await store.peekCounter(briefingFigureCounter(figurePack.meta.id)), isChartable)
    : undefined;
  const arrivedPacks = packs.filter((_, i) => !announced[i]);
  const upgraded = turn > 0 && announcing === 0;
  const arrived: ArrivedBriefing[] = (upgraded ? [] : arrivedPacks).map((pack) => ({
    title: pack.meta.title,
    description: pack.meta.description,
    leadFigure: leadFigure(pack.figures),
  }));
  const question = pickQuestionAcross(packs, day);
  const yesterday = summariseDay({ activity, feedback, unanswered }, previousDay(day), timeZone);
  const message = composeDigest({ day, briefings: packs, figure, question, arrived, activity: yesterday });
  return { message, figure, announced: arrivedPacks.map((pack) => pack.meta.id) };
}

function isChartable(pack: Pack, figure: Figure): boolean {
  return chartGroupForFigure(pack, figure.id) !== undefined;
}
