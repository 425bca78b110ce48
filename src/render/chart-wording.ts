import type { Figure } from '../knowledge/schema.js';
import { currencySymbol, scaleFor } from './amount.js';
import { type ChartGroup, chartNumber } from './chart-groups.js';

// Every word a chart shows, built only from what the figure records: its value and unit, the article's verbatim
// comparison, who gave the number and for when. Nothing is computed (no growth rates, no implied earlier values).
// Bar labels and spoken values come from amount.ts.

/**
 * The "when" of a figure, short enough for a source line. Curators qualify periods in brackets or after a comma
 * ("last year (the article's publication date is not given)"); the chart keeps the head and the qualifier stays in
 * the text answer. A period the article does not state is left out rather than printed as "not stated".
 */
export function shortPeriod(period: string): string {
  const head = period.split(/\s*\(|,\s/)[0].trim();
  return /^not stated/i.test(head) ? '' : head;
}

/** "Momentum Works estimate", "State Administration of Foreign Exchange data", "not named in the article". */
export function attributionPhrase(attribution: Figure['attribution']): string {
  const by = attribution.by.trim();
  if (attribution.kind === 'unattributed' || /^not stated/i.test(by)) return 'not named in the article';
  if (attribution.kind === 'estimate') return `${by} estimate`;
  if (attribution.kind === 'data') return `${by} data`;
  return `reported by ${by}`;
}

/**
 * One source line for all figures: who gave each number and for when, merged where they agree
 * ("Source: Momentum Works estimate, last year"), several sources separated by semicolons.
 */
export function sourceText(figures: readonly Figure[]): string {
  const whensByWho = new Map<string, string[]>();
  for (const figure of figures) {
    const who = attributionPhrase(figure.attribution);
    const whens = whensByWho.get(who) ?? [];
    const when = shortPeriod(figure.period);
    if (when && !whens.includes(when)) whens.push(when);
    whensByWho.set(who, whens);
  }
  const parts = [...whensByWho].map(([who, whens]) => (whens.length ? `${who}, ${whens.join(' and ')}` : who));
  return `${parts.length > 1 ? 'Sources' : 'Source'}: ${parts.join('; ')}`;
}

/**
 * A stated comparison as a note, quoted verbatim. The article gives the relation but not the other value, so the
 * note says so instead of the chart drawing an invented bar.
 */
export function comparisonNote(figure: Figure, withLabel: boolean): string | undefined {
  const comparison = figure.comparison;
  if (!comparison) return undefined;
  const prefix = withLabel ? `${figure.label}: ` : '';
  return `Note: ${prefix}"${comparison.statement}" (${missingValue(comparison)})`;
}

/** What the chart cannot draw beside a stated comparison: the value it is compared with. */
function missingValue({ kind, against }: NonNullable<Figure['comparison']>): string {
  if (kind === 'equal') return `no separate value for ${against} is stated`;
  // A record beats every earlier value; "almost double the previous year" is against an earlier one too.
  if (kind === 'record' || (COMPARES_WITH_VALUE.has(kind) && EARLIER.test(against)))
    return 'no earlier value is stated';
  if (COMPARES_WITH_VALUE.has(kind)) return `no value for ${against} is stated`;
  return 'no other values are stated';
}

const COMPARES_WITH_VALUE = new Set<string>(['ratio', 'more', 'less', 'change']);
const EARLIER = /\b(?:previous|prior|earlier|last|before|ago|(?:19|20)\d\d)\b/i;

/**
 * A title from the figures alone: a single figure's label, or the words several labels share at the start and end
 * ("TikTok Shop global GMV" + "TikTok Shop Southeast Asia GMV" -> "TikTok Shop GMV").
 */
export function chartTitle(group: ChartGroup): string {
  const { figures } = group;
  if (figures.length === 1) return figures[0].label;
  const words = figures.map((f) => f.label.split(/\s+/));
  const shortest = Math.min(...words.map((w) => w.length));
  let start = 0;
  while (start < shortest && words.every((w) => w[start] === words[0][start])) start++;
  let end = 0;
  while (end < shortest - start && words.every((w) => w[w.length - 1 - end] === words[0][words[0].length - 1 - end])) {
    end++;
  }
  const shared = [...words[0].slice(0, start), ...words[0].slice(words[0].length - end)];
  // One shared word ("TikTok") says too little to title a chart; fall back to naming the figures.
  if (shared.length >= 2) return shared.join(' ');
  const joined = figures.map((f) => f.label).join(' and ');
  if (figures.length === 2 && joined.length <= 70) return joined;
  return `Figures from the briefing, ${unitPhrase(group)}`;
}

/** "in US$ billion", "in € million", "in percent", "in percentage points", "as counts of users". */
function unitPhrase(group: ChartGroup): string {
  if (group.unit === 'percent') return 'in percent';
  if (group.unit === 'percentage_points') return 'in percentage points';
  if (group.unit === 'count') return group.counts ? `as counts of ${group.counts}` : 'as counts';
  const scale = scaleFor(Math.max(...group.figures.map((f) => Math.abs(chartNumber(f))))).word;
  const symbol = group.currency === 'USD' ? 'US$' : currencySymbol(group.currency).trim();
  return `in ${[symbol, scale].filter(Boolean).join(' ')}`;
}

/**
 * Greedy word wrap by characters. Vega lays text out from measured widths, but the spec is built before any
 * measuring happens, so lines are kept to a character budget chosen with room to spare for DejaVu Sans.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
