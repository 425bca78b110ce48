import { figureNumber } from '../knowledge/check-figure.js';
import type { Figure } from '../knowledge/schema.js';

// How an amount reads, in any currency and scale: "$64.3B" on a bar, "$64.3 billion" aloud and in text; "24%" and
// "24 percent"; "3.5 pp" and "3.5 percentage points"; "150M users" and "150 million users". Only what the figure
// records is shown: its number, unit, currency and counted noun.

/** Units that are amounts a bar can show. Years, dates, durations and ranks are positions in time or order. */
export const AMOUNT_UNITS = ['money', 'percent', 'percentage_points', 'count'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

export type Amount = { unit: AmountUnit; number: number; currency?: string; counts?: string };

/** A scale a large number is written in, largest first. Below a million numbers are written out ("950,000"). */
const SCALES = [
  { factor: 1e12, short: 'T', word: 'trillion' },
  { factor: 1e9, short: 'B', word: 'billion' },
  { factor: 1e6, short: 'M', word: 'million' },
] as const;
export type Scale = { factor: number; short: string; word: string };
const ONES: Scale = { factor: 1, short: '', word: '' };

const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The scale that writes this number (and, for a chart, every bar beside it) with the fewest digits. */
export function scaleFor(number: number): Scale {
  return SCALES.find((s) => Math.abs(number) >= s.factor) ?? ONES;
}

/** The label on a bar: "$64.3B", "€2.5B", "RM10M", "S$1.2B", "¥1.5T", "24%", "3.5 pp", "150M users". */
export function shortAmount(amount: Amount): string {
  return writeAmount(amount, 'short');
}

/** As read aloud (alt text): "$64.3 billion", "24 percent", "3.5 percentage points", "150 million users". */
export function spokenAmount(amount: Amount): string {
  return writeAmount(amount, 'spoken');
}

/** In a sentence or a figure line: "$64.3 billion", "24%", "3.5 percentage points", "150 million users". */
export function writtenAmount(amount: Amount): string {
  return writeAmount(amount, 'written');
}

function writeAmount(amount: Amount, style: 'short' | 'spoken' | 'written'): string {
  const { unit, number } = amount;
  if (unit === 'percent') return `${digits.format(number)}${style === 'spoken' ? ' percent' : '%'}`;
  if (unit === 'percentage_points')
    return `${digits.format(number)}${style === 'short' ? ' pp' : ' percentage points'}`;
  const scale = scaleFor(number);
  const size = Math.abs(number) / scale.factor;
  const scaled = `${digits.format(size)}${scale.factor === 1 ? '' : style === 'short' ? scale.short : ` ${scale.word}`}`;
  if (unit === 'count') {
    const signed = number < 0 ? `-${scaled}` : scaled;
    return amount.counts ? `${signed} ${amount.counts}` : signed;
  }
  const money = `${currencySymbol(amount.currency)}${scaled}`;
  if (number >= 0) return money;
  return style === 'spoken' ? `minus ${money}` : `-${money}`;
}

/**
 * "$", "€", "£", "¥", "RM", "S$", "HK$": the narrow symbol where it names one currency, else the symbol that tells
 * dollars apart, else the code and a space ("CHF 2.5B"). A money figure without a currency shows the bare number.
 */
export function currencySymbol(currency: string | undefined): string {
  if (currency === undefined) return '';
  const cached = SYMBOLS.get(currency);
  if (cached !== undefined) return cached;
  const narrow = symbolOf(currency, 'narrowSymbol');
  // Every dollar is "$" narrowly; only the US one may be written so.
  const symbol = narrow !== '$' || currency === 'USD' ? narrow : symbolOf(currency, 'symbol');
  const written = symbol === currency ? `${currency} ` : symbol;
  SYMBOLS.set(currency, written);
  return written;
}

// Intl writes the Singapore dollar "SGD" or "$"; Singapore writes "S$".
const SYMBOLS = new Map<string, string>([['SGD', 'S$']]);

function symbolOf(currency: string, display: 'narrowSymbol' | 'symbol'): string {
  try {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: display });
    return parts.formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** The figure as an amount, or undefined when it has no number or is no amount (a year, a date, a rank). */
export function amountOf(figure: Figure): Amount | undefined {
  const number = figureNumber(figure);
  if (number === undefined || !Number.isFinite(number)) return undefined;
  if (!(AMOUNT_UNITS as readonly string[]).includes(figure.unit)) return undefined;
  return { unit: figure.unit as AmountUnit, number, currency: figure.currency, counts: figure.counts };
}
