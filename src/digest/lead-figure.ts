import type { Figure } from '../knowledge/schema.js';

// A briefing's lead figure, for the digest's "new briefings": the figure a reader would quote first. Reviewed figures
// before drafts, amounts and shares before counts, counts before the rest; within that, the order of figures.yaml
// (kb:new writes them in article order, so the one nearest the top). A dateline ("Sept. 25, 2018") is never chosen
// while there is anything else.

const UNIT_RANK: Partial<Record<Figure['unit'], number>> = {
  money: 0,
  percent: 0,
  percentage_points: 0,
  count: 1,
  date: 3,
  year: 3,
};

export function leadFigure(figures: readonly Figure[]): Figure | undefined {
  let best: { figure: Figure; rank: number } | undefined;
  for (const figure of figures) {
    const draft = figure.draft === true ? 10 : 0;
    const rank = draft + (UNIT_RANK[figure.unit] ?? 2);
    if (!best || rank < best.rank) best = { figure, rank };
  }
  return best?.figure;
}
