// How a source text becomes numbered paragraphs. Citations name paragraphs by number, so this rule is part of
// the pack format (docs/curating.md): cut at the end marker, blocks separated by blank lines, page furniture
// (drop_lines) left out, numbered from 1, headline included.

/** Cuts the text at the first line that equals the marker (trimmed); the marker line and all after it go. */
export function cutAtEndMarker(text: string, marker: string | undefined): { text: string; found: boolean } {
  if (marker === undefined) return { text, found: true };
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((line) => line.trim() === marker.trim());
  if (at < 0) return { text, found: false };
  return { text: lines.slice(0, at).join('\n'), found: true };
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * The paragraphs that are article, and for each drop_lines pattern how many paragraphs it dropped. A pattern matches
 * a whole paragraph (whitespace normalised); a trailing `*` matches any rest: "Credit *" drops "Credit Getty Images".
 */
export function dropParagraphs(
  paragraphs: readonly string[],
  patterns: readonly string[],
): { kept: string[]; dropped: number[] } {
  const matchers = patterns.map(paragraphMatcher);
  const dropped = patterns.map(() => 0);
  const kept = paragraphs.filter((paragraph) => {
    const text = normaliseWhitespace(paragraph);
    const hit = matchers.findIndex((matches) => matches(text));
    if (hit < 0) return true;
    dropped[hit]++;
    return false;
  });
  return { kept, dropped };
}

function paragraphMatcher(pattern: string): (paragraph: string) => boolean {
  const normalised = normaliseWhitespace(pattern);
  if (!normalised.endsWith('*')) return (paragraph) => paragraph === normalised;
  // "Credit *" -> "Credit" followed by a space and anything, or "Credit" alone; never "Creditors".
  const head = normalised.slice(0, -1);
  const bare = head.trimEnd();
  return (paragraph) => paragraph === bare || paragraph.startsWith(head.endsWith(' ') ? head : bare);
}

/** Whitespace is the only liberty a quote may take with its source. */
export function normaliseWhitespace(text: string): string {
  // Most texts have single spaces only (every quote and paragraph of every pack is normalised at start): trim alone.
  return RUNS_OR_OTHER_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const RUNS_OR_OTHER_WHITESPACE = /\s\s|[^\S ]/;
