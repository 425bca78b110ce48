import type { Figure } from '../knowledge/schema.js';
import { type ChartGroup, type ChartUnit, chartableGroups } from './chart-groups.js';
import {
  chartTitle,
  comparisonNote,
  formatChartValue,
  shortPeriod,
  sourceText,
  spokenChartValue,
} from './chart-wording.js';

// A ChartPlan is everything a chart will say, decided before any drawing: the spec builder and the alt text both
// read it, so the picture and its description cannot disagree.

export type ChartBar = {
  figureId: string;
  label: string;
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
  return {
    unit: group.unit,
    title: options.title ?? chartTitle(figures),
    bars: figures.map((f) => ({
      figureId: f.id,
      label: f.label,
      value: f.value,
      valueLabel: formatChartValue(f.value, group.unit),
      spokenValue: spokenChartValue(f.value, group.unit),
      period: shortPeriod(f.period),
    })),
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
