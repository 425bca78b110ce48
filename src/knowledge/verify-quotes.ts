import { normaliseWhitespace } from './paragraphs.js';
import { describeMismatch } from './quote-mismatch.js';
import type { Citation, Figure, LoadedSource } from './schema.js';

// Pure checks that keep every quote verbatim and every figure anchored in its own words. A near miss says which
// character differs and where, since that is what a curator cannot see.

/** Why a citation does not hold, or null when it is verbatim in the paragraph it names. */
export function checkCitation(citation: Citation, sources: LoadedSource[]): string | null {
  const source = sources.find((s) => s.id === citation.source);
  if (!source) return `source "${citation.source}" is not declared in pack.yaml`;
  const paragraph = source.paragraphs[citation.paragraph - 1];
  if (paragraph === undefined) {
    return `paragraph ${citation.paragraph} does not exist (${source.file} has ${source.paragraphs.length} paragraphs)`;
  }
  const quote = normaliseWhitespace(citation.quote);
  const paragraphs = paragraphsOf(source);
  if (paragraphs[citation.paragraph - 1].includes(quote)) return null;
  const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
  if (elsewhere >= 0) return `quote is in paragraph ${elsewhere + 1}, not paragraph ${citation.paragraph}`;
  const notVerbatim = `quote is not verbatim in ${source.file} paragraph ${citation.paragraph}`;
  const here = describeMismatch(quote, paragraphs[citation.paragraph - 1], {
    needle: 'quote',
    where: `paragraph ${citation.paragraph}`,
  });
  if (here) return `${notVerbatim}: ${here.differences.join('; ')}`;
  // Nothing close in the paragraph named: perhaps the number is wrong as well as a character.
  for (const [i, text] of paragraphs.entries()) {
    const there = describeMismatch(quote, text, { needle: 'quote', where: `paragraph ${i + 1}` });
    if (there) return `${notVerbatim}; closest is paragraph ${i + 1}: ${there.differences.join('; ')}`;
  }
  return `${notVerbatim}: "${truncate(quote, 80)}"`;
}

// Each source's paragraphs with whitespace normalised, once per load: a pack's every citation is checked against them
// (a hundred briefings of the first pack's size: some 20,000 citations at start).
const normalisedParagraphs = new WeakMap<LoadedSource, string[]>();
function paragraphsOf(source: LoadedSource): string[] {
  let paragraphs = normalisedParagraphs.get(source);
  if (!paragraphs) {
    paragraphs = source.paragraphs.map(normaliseWhitespace);
    normalisedParagraphs.set(source, paragraphs);
  }
  return paragraphs;
}

/**
 * Why a figure's value is not written in its own quote, or null when it is. Text must be there verbatim (whitespace
 * aside); a number's digits must be (64.3 as 64.3, not inside 64.35). Digits never run on: 24 is not in 2024.
 */
export function checkFigureValue(figure: Figure): string | null {
  const quote = normaliseWhitespace(figure.citation.quote);
  if (typeof figure.value === 'number') {
    const digits = String(figure.value).replace('.', '\\.');
    if (new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(quote)) return null;
    return `value ${figure.value} does not appear in its quote "${truncate(quote, 80)}"`;
  }
  const value = normaliseWhitespace(figure.value);
  if (containsWritten(quote, value)) return null;
  const notThere = `value "${value}" is not written in its quote`;
  const lower = quote.toLowerCase().indexOf(value.toLowerCase());
  if (lower >= 0) return `${notThere}: the quote writes it "${quote.slice(lower, lower + value.length)}"`;
  const near = describeMismatch(value, quote, { needle: 'value', where: 'the quote' });
  if (near) return `${notThere}: ${near.differences.join('; ')}`;
  return `${notThere} "${truncate(quote, 80)}"`;
}

export function checkComparison(figure: Figure): string | null {
  if (!figure.comparison) return null;
  const quote = normaliseWhitespace(figure.citation.quote);
  const statement = normaliseWhitespace(figure.comparison.statement);
  if (quote.includes(statement)) return null;
  const notThere = `comparison statement "${figure.comparison.statement}" is not in the figure's quote`;
  const near = describeMismatch(statement, quote, { needle: 'statement', where: 'the quote' });
  return near ? `${notThere}: ${near.differences.join('; ')}` : notThere;
}

/** The value at a place in the quote where its digits do not run on into other digits ("24%" is not in "124%"). */
function containsWritten(quote: string, value: string): boolean {
  for (let at = quote.indexOf(value); at >= 0; at = quote.indexOf(value, at + 1)) {
    const before = quote[at - 1] ?? '';
    const after = quote.slice(at + value.length, at + value.length + 2);
    const runsOnBefore = /^\d/.test(value) && /[\d.]/.test(before);
    const runsOnAfter = /\d$/.test(value) && /^(?:\d|\.\d)/.test(after);
    if (!runsOnBefore && !runsOnAfter) return true;
  }
  return false;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
