import { isBoilerplate } from './boilerplate.js';
import type { DocumentText } from './page.js';
import { joinLines } from './text-lines.js';

// A plain-text file -> paragraphs. Blank lines separate paragraphs; inside a block, lines wrapped at a fixed width
// are one paragraph, while a short line that ends a sentence, or a list item, starts a new one. A text file has no
// metadata: its title is its first line when that line stands alone as a heading.

/** A title is a short line; a longer first line is the article's first paragraph. */
const MAX_TITLE_CHARS = 150;

export function readText(text: string, fallbackTitle: string): DocumentText {
  const blocks = textBlocks(text);
  let title = fallbackTitle;
  const first = blocks[0];
  if (first && first.length <= MAX_TITLE_CHARS && !/[.!?。！？:：]$/.test(first)) {
    title = first;
    blocks.shift();
  }
  return {
    title,
    author: null,
    outlet: null,
    language: null,
    published: null,
    url: null,
    excerpt: null,
    paragraphs: blocks.filter((p) => !isBoilerplate(p)),
  };
}

const SENTENCE_END = /[.!?。！？:"”’)]$/;
const LIST_ITEM = /^\s*(?:[-*•–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)/;

/** Paragraphs of a text, each with its wrapped lines joined. */
export function textBlocks(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlankLines = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  // Wrapped at a fixed width: many lines stop mid-sentence, and most full lines end close to that width.
  const filled = lines.map((l) => l.trimEnd()).filter((l) => l.length > 0);
  const width = percentile(
    filled.map((l) => l.length),
    0.9,
  );
  const wrapped = filled.filter((l) => !SENTENCE_END.test(l)).length > filled.length * 0.4;
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const paragraph = joinLines(current);
    if (paragraph) out.push(paragraph);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const previous = current.at(-1);
    const breaks =
      previous !== undefined &&
      (LIST_ITEM.test(line) ||
        // One paragraph a line: nothing was wrapped.
        (!hasBlankLines && !wrapped) ||
        // A short line that ends a sentence closes its paragraph; a full-width one was wrapped.
        (wrapped && previous.trimEnd().length < width * 0.75 && SENTENCE_END.test(previous.trimEnd())) ||
        // A line indented more than its block's first line opens a paragraph (typewriter style).
        (!hasBlankLines && /^\s{2,}\S/.test(line) && !/^\s{2,}\S/.test(current[0])));
    if (breaks) flush();
    current.push(line);
  }
  flush();
  return out;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
