// How a source text becomes numbered paragraphs. Citations name paragraphs by number, so this rule is part of
// the pack format (documented in the README): blocks separated by blank lines, numbered from 1, headline included.

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

/** Whitespace is the only liberty a quote may take with its source. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
