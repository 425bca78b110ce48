import type { Figure, Pack } from '../knowledge/schema.js';
import type { Reply, Suggestion } from './reply.js';

// "What are the key numbers?": the briefing's figures, as `/brief facts` lists them (each with who gave it and for
// when), in one reply that a chart can follow. No entry holds them all, so the reply names a reserved id that no
// entry can have (ids are kebab-case), and a button rebuilds it from that id.

export const FIGURES_REPLY_ID = '#figures';

/** At most this many figures in a reply, and quotes under it; `/brief facts` lists them all. */
const MAX_FIGURES = 10;
const MAX_QUOTES = 5;
/**
 * "The numbers" are amounts (what a chart can draw); dates join them when there are few. A rank ("second largest") or
 * an uncounted value is a fact, not one of the numbers someone asking for them wants.
 */
const AMOUNTS = new Set<Figure['unit']>(['money', 'percent', 'percentage_points', 'count', 'duration']);
const TIMES = new Set<Figure['unit']>(['year', 'date']);
const ENOUGH_AMOUNTS = 3;

/** Amounts first (what a chart can draw, what "the numbers" usually means), then times. */
const UNIT_ORDER: Record<Figure['unit'], number> = {
  money: 0,
  percent: 0,
  percentage_points: 0,
  count: 0,
  duration: 1,
  year: 2,
  date: 2,
  rank: 3,
  other: 3,
};

export function composeFiguresReply(pack: Pack, question: string, topics: Suggestion[]): Reply {
  const amounts = pack.figures.filter((f) => AMOUNTS.has(f.unit));
  const key =
    amounts.length >= ENOUGH_AMOUNTS ? amounts : pack.figures.filter((f) => AMOUNTS.has(f.unit) || TIMES.has(f.unit));
  const ordered = (key.length > 0 ? key : pack.figures)
    .map((figure, at) => ({ figure, at }))
    .sort((a, b) => UNIT_ORDER[a.figure.unit] - UNIT_ORDER[b.figure.unit] || a.at - b.at)
    .map(({ figure }) => figure);
  if (ordered.length === 0)
    return {
      question,
      answered: false,
      answer: 'The briefing gives no figures; it can answer questions like these.',
      confidence: 0,
      reason: 'not_stated',
      entryId: null,
      citations: [],
      figures: [],
      suggestions: topics.slice(0, 3),
    };
  const figures = ordered.slice(0, MAX_FIGURES);
  const more = pack.figures.length - figures.length;
  const citations = figures.map((f) => f.citation);
  return {
    question,
    answered: true,
    answer:
      `The briefing's key figures, with who gave each and for when` +
      (more > 0 ? ` (/brief facts lists all ${pack.figures.length}):` : ':'),
    confidence: 1,
    reason: 'answered',
    entryId: FIGURES_REPLY_ID,
    citations: citations
      .filter((c, i) => citations.findIndex((d) => d.paragraph === c.paragraph && d.quote === c.quote) === i)
      .slice(0, MAX_QUOTES),
    figures,
    suggestions: [],
  };
}
