import { isArticleLevel } from '../knowledge/article-level.js';
import type { Figure, Pack, QaEntry } from '../knowledge/schema.js';
import { dayNumber } from './dates.js';
import { pickFigure, pickQuestionAt } from './rotation.js';

// The figure and the question of the day across every briefing served. Briefings take turns (in id order, so every
// instance agrees, whatever order they were loaded in); within a briefing, its own rotation carries on each time its
// turn comes (see rotation.ts), so none of its figures or questions repeats before all were shown. With one briefing
// this is exactly the one-pack rotation.

export type FigurePick = { pack: Pack; figure: Figure };
export type QuestionPick = { pack: Pack; entry: QaEntry };

/** The briefing whose figure the n-th digest shows: round robin over those with figures. */
export function briefingForFigure(packs: readonly Pack[], n: number): Pack | undefined {
  const withFigures = byId(packs.filter((pack) => offeredFigures(pack).length > 0));
  return withFigures.length === 0 ? undefined : withFigures[n % withFigures.length];
}

/** That briefing's figure, `position` being how many digests showed one of its figures before. */
export function pickBriefingFigure(
  pack: Pack,
  position: number,
  isChartable: (pack: Pack, figure: Figure) => boolean,
): FigurePick | undefined {
  const figure = pickFigure(offeredFigures(pack), pack.meta.id, position, (f) => isChartable(pack, f));
  return figure ? { pack, figure } : undefined;
}

/**
 * The figures a briefing offers the digest: those a curator reviewed. A drafted figure is labelled from the words
 * around its number ("ORDER BY: 00", "Retrieved 2008-03-20: 2008"), so a briefing that is all draft offers only its
 * amounts and shares, which read as figures whatever their label, until one is reviewed.
 */
function offeredFigures(pack: Pack): Figure[] {
  const reviewed = pack.figures.filter((figure) => !figure.draft);
  if (reviewed.length > 0) return reviewed;
  return pack.figures.filter((figure) => AMOUNTS_AND_SHARES.has(figure.unit));
}

const AMOUNTS_AND_SHARES = new Set<Figure['unit']>(['money', 'percent', 'percentage_points']);

/**
 * The question of the day: the day number picks the briefing (round robin over those with entries), and how many
 * turns that briefing has had picks its question. Same day, same question, on every instance and every re-run.
 */
export function pickQuestionAcross(packs: readonly Pack[], day: string): QuestionPick | undefined {
  const withEntries = byId(packs.filter((pack) => pack.entries.length > 0));
  if (withEntries.length === 0) return undefined;
  const n = dayNumber(day);
  const pack = withEntries[n % withEntries.length];
  const entry = pickQuestionAt(offeredQuestions(pack), pack.meta.id, Math.floor(n / withEntries.length));
  return entry ? { pack, entry } : undefined;
}

/**
 * The questions a briefing offers the digest: those a curator reviewed. A drafted question is made of its sentence's
 * words ("What does the article say about United States U.S heralded land opportunity?"), so a briefing that is all
 * draft offers its questions about the article as a whole ("What is the article about?") until one is reviewed.
 */
function offeredQuestions(pack: Pack): QaEntry[] {
  const reviewed = pack.entries.filter((entry) => !entry.draft);
  if (reviewed.length > 0) return reviewed;
  const whole = pack.entries.filter((entry) => isArticleLevel(entry.id));
  return whole.length > 0 ? whole : pack.entries;
}

function byId(packs: readonly Pack[]): Pack[] {
  return [...packs].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}
