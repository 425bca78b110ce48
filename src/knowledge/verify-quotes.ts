import { normaliseWhitespace } from './paragraphs.js';
import type { Citation, Figure, LoadedSource } from './schema.js';

// Pure checks that keep every quote verbatim and every figure anchored in its own words.

/** Why a citation does not hold, or null when it is verbatim in the paragraph it names. */
export function checkCitation(citation: Citation, sources: LoadedSource[]): string | null {
  const source = sources.find((s) => s.id === citation.source);
  if (!source) return `source "${citation.source}" is not declared in pack.yaml`;
  const paragraph = source.paragraphs[citation.paragraph - 1];
  if (paragraph === undefined) {
    return `paragraph ${citation.paragraph} does not exist (${source.file} has ${source.paragraphs.length} paragraphs)`;
  }
  const quote = normaliseWhitespace(citation.quote);
  if (normaliseWhitespace(paragraph).includes(quote)) return null;
  const elsewhere = source.paragraphs.findIndex((p) => normaliseWhitespace(p).includes(quote));
  if (elsewhere >= 0) return `quote is in paragraph ${elsewhere + 1}, not paragraph ${citation.paragraph}`;
  return `quote is not verbatim in ${source.file} paragraph ${citation.paragraph}: "${truncate(quote, 80)}"`;
}

/** Why a figure's value is not written in its own quote, or null when it is. */
export function checkFigureValue(figure: Figure): string | null {
  const quote = normaliseWhitespace(figure.citation.quote);
  if (typeof figure.value === 'number') {
    // Boundaries stop 24 from matching inside 2024 or 24.5.
    const digits = String(figure.value).replace('.', '\\.');
    if (new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(quote)) return null;
    return `value ${figure.value} does not appear in its quote "${truncate(quote, 80)}"`;
  }
  if (quote.toLowerCase().includes(figure.value.toLowerCase())) return null;
  return `value "${figure.value}" does not appear in its quote "${truncate(quote, 80)}"`;
}

export function checkComparison(figure: Figure): string | null {
  if (!figure.comparison) return null;
  const quote = normaliseWhitespace(figure.citation.quote);
  if (quote.includes(normaliseWhitespace(figure.comparison.statement))) return null;
  return `comparison statement "${figure.comparison.statement}" is not in the figure's quote`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
