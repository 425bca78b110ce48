import type { ChartPlan } from './chart-plan.js';

/**
 * Alt text for a chart: every value in words a screen reader says well, the notes and the source, so someone who
 * cannot see the image misses nothing the image shows.
 */
export function buildChartAltText(plan: ChartPlan): string {
  const kind = plan.bars.length === 1 ? 'Bar chart with one bar' : `Bar chart with ${plan.bars.length} bars`;
  const values = plan.bars.map((b) => `${b.label}: ${b.spokenValue}${b.period ? ` (${b.period})` : ''}.`);
  return [`${kind}: ${plan.title}.`, ...values, ...plan.notes.map(endSentence), endSentence(plan.source)].join(' ');
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
