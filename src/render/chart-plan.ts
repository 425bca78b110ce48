import type { Figure } from '../knowledge/schema.js';
import { type Amount, scaleFor, shortAmount, spokenAmount } from './amount.js';
import { type ChartGroup, type ChartUnit, chartableGroups, chartNumber } from './chart-groups.js';
import { chartTitle, comparisonNote, shortPeriod, sourceText } from './chart-wording.js';

// A ChartPlan is everything a chart will say, decided before any drawing: the spec builder and the alt text both
// read it, so the picture and its description cannot disagree.

export type ChartBar = {
  figureId: string;
  label: string;
  /** The bar's length: the figure's number in the chart's scale (64.3 for $64.3 billion on a chart in billions). */
  value: number;
  /** As drawn on the bar: "$64.3B". */
  valueLabel: string;
  /** As read aloud: "$64.3 billion". */
  spokenValue: string;
  /** Short period for the alt text ("last year"); empty when the article does not state one. */
  period: string;
};

export type ChartPlan = {
  unit: ChartUnit;
  /** Money only: the ISO 4217 code every bar shares. */
  currency?: string;
  /** Counts only: the noun every bar counts. */
  counts?: string;
  title: string;
  bars: ChartBar[];
  /** Stated comparisons without a stated second value, quoted verbatim. */
  notes: string[];
  /** Who gave the numbers and for when, e.g. "Source: Momentum Works estimate, last year". */
  source: string;
};

export type ChartPlanOptions = {
  /** Overrides the title derived from the figures' labels. */
  title?: string;
};

/** The plan for a group the caller has already chosen (for example a pack figure's group). */
export function planChart(group: ChartGroup, options: ChartPlanOptions = {}): ChartPlan {
  const figures = group.figures;
  const { unit, currency, counts } = group;
  const numbers = figures.map(chartNumber);
  // One scale for every bar, so their lengths compare; each label still reads in its own ("$64.3B", "$500M").
  const scale = unit === 'money' || unit === 'count' ? scaleFor(Math.max(...numbers.map(Math.abs))).factor : 1;
  return {
    unit,
    ...(currency !== undefined && { currency }),
    ...(counts !== undefined && { counts }),
    title: options.title ?? chartTitle(group),
    bars: figures.map((f, i) => {
      const amount: Amount = { unit, number: numbers[i], currency, counts };
      return {
        figureId: f.id,
        label: f.label,
        value: numbers[i] / scale,
        valueLabel: shortAmount(amount),
        spokenValue: spokenAmount(amount),
        period: shortPeriod(f.period),
      };
    }),
    notes: figures.flatMap((f) => comparisonNote(f, figures.length > 1) ?? []),
    source: sourceText(figures),
  };
}

/**
 * The chart for an answer's figures, or null when nothing is comparable: the largest group of numeric figures in one
 * unit with two or more values, or one value with a stated comparison.
 */
export function chartForFigures(figures: readonly Figure[], options: ChartPlanOptions = {}): ChartPlan | null {
  const [group] = chartableGroups(figures);
  return group ? planChart(group, options) : null;
}
