import type { Figure, Pack } from '../knowledge/schema.js';
import type { SlackMessage } from '../render/blocks.js';
import { chartGroupForFigure } from '../render/chart-groups.js';
import type { Store } from '../store/store.js';
import { summariseDay } from './activity.js';
import { composeDigest } from './compose.js';
import { previousDay } from './dates.js';
import { pickFigure, pickQuestion } from './rotation.js';

// Gathers what one day's digest needs (the rotation position and yesterday's records from the store), then hands
// them to the pure parts. Reads only: the preview, the dry run and the real post all build the same message.

/** One rotation for the deployment: the preview shows the figure the next digest will post. */
export const FIGURE_COUNTER = 'digest-figure';

export type DigestSource = {
  store: Store;
  pack: Pack;
  /** DIGEST_TZ: which records count as "yesterday". */
  timeZone: string;
};

export type BuiltDigest = {
  message: SlackMessage;
  figure: Figure | undefined;
};

export async function buildDigest(source: DigestSource, day: string): Promise<BuiltDigest> {
  const { store, pack, timeZone } = source;
  const [position, activity, feedback, unanswered] = await Promise.all([
    store.peekCounter(FIGURE_COUNTER),
    store.listActivity(),
    store.listFeedback(),
    store.listUnanswered(),
  ]);
  const isChartable = (figure: Figure) => chartGroupForFigure(pack, figure.id) !== undefined;
  const figure = pickFigure(pack.figures, pack.meta.id, position, isChartable);
  const question = pickQuestion(pack.entries, pack.meta.id, day);
  const yesterday = summariseDay({ activity, feedback, unanswered }, previousDay(day), timeZone);
  return { message: composeDigest({ pack, day, figure, question, activity: yesterday }), figure };
}
