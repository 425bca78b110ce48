import type { Figure, Pack, TermGroup } from '../knowledge/schema.js';
import { AMOUNT_UNITS, type AmountUnit, amountOf } from './amount.js';

// Which figures can share a chart is decided from the figures' own data (unit, currency, counted noun, number, stated
// comparison) and, for a whole pack, from how curators grouped them (QA entries, alias entities). Nothing here knows
// a question or an id.

/** Units a bar can show. Years, dates, durations and ranks are positions in time or order, not amounts. */
export const CHARTABLE_UNITS = AMOUNT_UNITS;

export type ChartUnit = AmountUnit;

/** A figure with a number a bar can show (see chartNumber). */
export type ChartableFigure = Figure & { unit: ChartUnit };

/**
 * Figures that may share one chart: the same unit, currency (money) and counted noun (counts), and either two or more
 * values or one with a stated comparison. Euros never sit beside dollars, nor users beside orders.
 */
export type ChartGroup = { unit: ChartUnit; currency?: string; counts?: string; figures: ChartableFigure[] };

/** An amount with a number; money only with its currency, since a bar without one would not say what it counts. */
export function isChartableFigure(figure: Figure): figure is ChartableFigure {
  const amount = amountOf(figure);
  return amount !== undefined && (amount.unit !== 'money' || amount.currency !== undefined);
}

/** The number a chartable figure's bar shows (in units of its currency for money). */
export function chartNumber(figure: ChartableFigure): number {
  const amount = amountOf(figure);
  if (!amount) throw new Error(`figure ${figure.id} is not chartable`);
  return amount.number;
}

/** What must be the same for two figures to share an axis: "money USD", "count users". */
function chartKey(figure: ChartableFigure): string {
  return [figure.unit, figure.currency ?? '', figure.counts?.trim().toLowerCase() ?? ''].join('\u0000');
}

function groupOf(figures: ChartableFigure[]): ChartGroup {
  const [{ unit, currency, counts }] = figures;
  return {
    unit,
    ...(currency !== undefined && { currency }),
    ...(counts !== undefined && { counts }),
    figures,
  };
}

/** Only a group with something to compare is worth a picture: a second value, or a comparison the article states. */
export function isComparableGroup(figures: readonly ChartableFigure[]): boolean {
  return figures.length >= 2 || (figures.length === 1 && figures[0].comparison !== undefined);
}

export type ChartGroupOptions = {
  /**
   * Alias entities of the pack. When given, figures of one unit are split further so that only figures about a shared
   * entity meet (TikTok Shop's global and regional GMV, not TikTok Shop GMV beside China's trade surplus). An
   * answer's figures were chosen together by a curator, so callers charting one answer leave this out.
   */
  entities?: readonly TermGroup[];
};

/** Comparable groups among the figures, largest first (ties keep the order of the first figure). */
export function chartableGroups(figures: readonly Figure[], options: ChartGroupOptions = {}): ChartGroup[] {
  const byKey = new Map<string, ChartableFigure[]>();
  for (const figure of figures) {
    if (!isChartableFigure(figure)) continue;
    const list = byKey.get(chartKey(figure)) ?? [];
    if (!list.some((f) => f.id === figure.id)) list.push(figure);
    byKey.set(chartKey(figure), list);
  }
  const groups: ChartGroup[] = [];
  for (const list of byKey.values()) {
    const parts = options.entities ? splitByEntity(list, options.entities) : [list];
    for (const part of parts) {
      if (isComparableGroup(part)) groups.push(groupOf(part));
    }
  }
  const firstIndex = (g: ChartGroup) => figures.indexOf(g.figures[0]);
  return groups.sort((a, b) => b.figures.length - a.figures.length || firstIndex(a) - firstIndex(b));
}

/**
 * The group a single pack figure is charted with: figures a QA entry lists beside it (same unit, currency and noun),
 * else such figures about a shared alias entity, else the figure alone when it carries a comparison. Undefined when
 * the id is unknown or nothing comparable is found.
 */
export function chartGroupForFigure(pack: Pack, figureId: string): ChartGroup | undefined {
  const figure = pack.figures.find((f) => f.id === figureId);
  if (!figure || !isChartableFigure(figure)) return undefined;
  const key = chartKey(figure);
  const sameUnit = pack.figures.filter((f): f is ChartableFigure => isChartableFigure(f) && chartKey(f) === key);

  const listedTogether = new Set(
    pack.entries.filter((e) => e.figures.includes(figureId)).flatMap((e) => e.figures.filter((id) => id !== figureId)),
  );
  const fromEntries = sameUnit.filter((f) => f.id === figureId || listedTogether.has(f.id));
  if (fromEntries.length >= 2) return groupOf(fromEntries);

  const fromEntities = chartableGroups(sameUnit, { entities: pack.aliases.entities }).find((g) =>
    g.figures.some((f) => f.id === figureId),
  );
  if (fromEntities) return fromEntities;
  return isComparableGroup([figure]) ? groupOf([figure]) : undefined;
}

/** Connected components of "mentions a shared entity"; figures naming no entity stay on their own. */
function splitByEntity(figures: ChartableFigure[], entities: readonly TermGroup[]): ChartableFigure[][] {
  const named = figures.map((f) => new Set(entities.filter((e) => mentions(f.subject, e)).map((e) => e.id)));
  const component = figures.map((_, i) => i);
  const root = (i: number): number => (component[i] === i ? i : root(component[i]));
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      if ([...named[i]].some((id) => named[j].has(id))) component[root(j)] = root(i);
    }
  }
  const parts = new Map<number, ChartableFigure[]>();
  figures.forEach((f, i) => {
    parts.set(root(i), [...(parts.get(root(i)) ?? []), f]);
  });
  return [...parts.values()];
}

function mentions(text: string, entity: TermGroup): boolean {
  const haystack = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [entity.name, ...entity.terms].some((term) => {
    const needle = term
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}
