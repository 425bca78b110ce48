import { isEnglishWord } from '../match/common-words.js';
import { isBoilerplate } from './boilerplate.js';
import { clean } from './html-paragraphs.js';
import { isCjk } from './language.js';
import { joinLines } from './text-lines.js';

// A PDF's text layer -> the paragraphs a reader sees. A PDF knows only positioned runs of text, so paragraphs are
// rebuilt from the layout: runs on one baseline make a line; running headers and footers (the same line at the top
// or bottom of most pages, page numbers aside) are cut; lines join into a paragraph until the spacing opens, the
// font size changes, or a short line ends a sentence; a word hyphenated at a line end is joined again. Pure: the
// reader (read-pdf.ts) gives the runs.

export type PdfRun = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean };
export type PdfPageRuns = { height: number; runs: PdfRun[] };

type Line = { text: string; x: number; right: number; y: number; size: number; page: number };

export type PdfParagraph = { text: string; size: number; page: number };

export function pdfParagraphs(pages: PdfPageRuns[]): { paragraphs: PdfParagraph[]; bodySize: number } {
  const perPage = pages.map((page, i) => pageLines(page.runs, i));
  const running = runningLines(perPage, pages);
  const lines = perPage.flatMap((pageLines, i) =>
    pageLines.filter((line, j) => !running(line, pages[i].height, j === 0 || j === pageLines.length - 1)),
  );
  if (lines.length === 0) return { paragraphs: [], bodySize: 0 };

  const bodySize = mostCommon(lines.map((l) => [round(l.size), l.text.length]));
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const left = mostCommon(body.map((l) => [round(l.x), 1]));
  const right = percentile(
    body.map((l) => l.right),
    0.9,
  );
  // Line pitch within a paragraph: the low end of the gaps, since the gaps between paragraphs are only ever wider.
  const spacing = percentile(
    body.slice(1).flatMap((l, i) => {
      const previous = body[i];
      const gap = previous.y - l.y;
      return previous.page === l.page && gap > 0 && Math.abs(previous.size - l.size) < 0.5 ? [gap / l.size] : [];
    }),
    0.25,
  );
  const vocabulary = wordsOf(lines);

  const paragraphs: PdfParagraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    const text = clean(joinParagraph(current, vocabulary)).replace(/^[•●▪◦‣∙·]\s*/, '');
    if (text && !isBoilerplate(text)) paragraphs.push({ text, size: current[0].size, page: current[0].page });
    current = [];
  };
  for (const line of lines) {
    const previous = current.at(-1);
    if (previous && startsNewParagraph(previous, line, { left, right, spacing })) flush();
    current.push(line);
  }
  flush();
  return { paragraphs, bodySize };
}

function startsNewParagraph(
  previous: Line,
  line: Line,
  layout: { left: number; right: number; spacing: number },
): boolean {
  if (Math.abs(previous.size - line.size) > Math.max(0.5, previous.size * 0.1)) return true;
  if (/^[•●▪◦‣∙·]/.test(line.text)) return true;
  const endsSentence = /[.!?:;。！？：；"”’)]$/.test(previous.text);
  const width = layout.right - layout.left;
  // The last line of a paragraph stops short of the right margin.
  if (endsSentence && previous.right < layout.right - width * 0.12) return true;
  // A first line indented past the line above.
  if (endsSentence && line.x > previous.x + line.size * 0.8) return true;
  if (previous.page !== line.page) return false;
  // More space than between the lines of a paragraph.
  const gap = (previous.y - line.y) / line.size;
  return gap < 0 || (layout.spacing > 0 && gap > layout.spacing * 1.3);
}

/** Runs -> lines in reading order: a new line where a run ends one or the baseline moves. */
function pageLines(runs: PdfRun[], page: number): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let ended = false;
  for (const run of runs) {
    const size = run.fontSize || 1;
    if (run.str === '') {
      if (run.hasEOL) ended = true;
      continue;
    }
    if (!line || ended || Math.abs(run.y - line.y) > Math.max(line.size, size) * 0.5) {
      line = { text: '', x: run.x, right: run.x, y: run.y, size, page };
      lines.push(line);
    }
    // A gap between runs is a space between words; between Chinese, Japanese or Korean characters it is layout
    // (a font change, autospacing next to Latin letters), unless it is as wide as a character.
    const gap = run.x - line.right;
    const cjk = isCjk(line.text.at(-1) ?? '') || isCjk(run.str[0]);
    if (line.text && gap > size * (cjk ? 0.6 : 0.15) && !/\s$/.test(line.text) && !/^\s/.test(run.str))
      line.text += ' ';
    line.text += run.str;
    line.x = Math.min(line.x, run.x);
    line.right = Math.max(line.right, run.x + run.width);
    line.size = Math.max(line.size, size);
    ended = run.hasEOL;
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page|p\.|seite|página|第)?\s*#+(?:\s*(?:of|\/|de|von|sur)\s*#+)?\s*(?:页)?(?:\s*[-–—])?$/i;
const ROMAN = /^[ivxlc]{1,7}$/i;

/**
 * Lines at the top or bottom of a page that are not the article: page numbers, and any line repeated there on at
 * least half of the pages (digits aside, so "Page 3" and "Page 4" are one line). A page number is also cut where it
 * is the page's first or last line above the bottom eighth: LaTeX's A4 page sets it 14% up the page, and it had been
 * read as the opening of the next page's paragraph ("1 information. Really?").
 */
function runningLines(
  perPage: Line[][],
  pages: PdfPageRuns[],
): (line: Line, height: number, endOfPage: boolean) => boolean {
  const key = (line: Line) => line.text.toLowerCase().replace(/\d+/g, '#');
  const edge = (line: Line, height: number) => line.y > height * 0.88 || line.y < height * 0.12;
  const seen = new Map<string, number>();
  for (const [i, lines] of perPage.entries()) {
    const keys = new Set(lines.filter((l) => edge(l, pages[i].height)).map(key));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = perPage.length >= 2 ? Math.max(2, Math.ceil(perPage.length / 2)) : Number.POSITIVE_INFINITY;
  return (line, height, endOfPage) => {
    const atEdge = edge(line, height);
    if (!atEdge && !endOfPage) return false;
    const k = key(line);
    return PAGE_NUMBER.test(k) || (atEdge && (ROMAN.test(k) || (seen.get(k) ?? 0) >= repeated));
  };
}

/** A paragraph's lines as one text, with words hyphenated at a line end made whole again. */
function joinParagraph(lines: Line[], vocabulary: Set<string>): string {
  let text = '';
  for (const line of lines) {
    const hyphen = /(\p{L}+)\s?[-\u00ad\u2010]$/u.exec(text);
    const next = /^(\p{Ll}\p{L}*)/u.exec(line.text);
    const capital = /^(\p{Lu}\p{L}*)/u.exec(line.text);
    const last = /(?:^|[\s(“"‘])(\p{L}{2,})$/u.exec(text);
    const first = /^(\p{Ll}{2,})(?=[\s,;:.!?)”"’]|$)(?!\.\p{L})/u.exec(line.text);
    if (hyphen && next) {
      const whole = `${hyphen[1]}${next[1]}`;
      const keep = keepsHyphen(hyphen[1], next[1], whole, vocabulary);
      text = `${text.slice(0, hyphen.index + hyphen[1].length)}${keep ? '-' : ''}${line.text}`;
    } else if (hyphen && capital) {
      // "Trace-" + "Monkey" is the "TraceMonkey" the document writes elsewhere; "Anglo-" + "American" keeps its
      // hyphen. Either way no space: "Trace- Monkey" is never what was printed.
      const whole = vocabulary.has(`${hyphen[1]}${capital[1]}`.toLowerCase());
      text = `${text.slice(0, hyphen.index + hyphen[1].length)}${whole ? '' : '-'}${line.text}`;
    } else if (last && first && lostHyphen(last[1], first[1], vocabulary)) {
      text = `${text}${line.text}`;
    } else {
      text = joinLines([text, line.text]);
    }
  }
  return text;
}

/**
 * "equiva-" + "lent" is one word broken by hyphenation; "well-" + "equipped" is a hyphenated compound. The article
 * itself decides when it writes the word elsewhere; else a whole English word means the hyphen was a break.
 */
function keepsHyphen(head: string, tail: string, whole: string, vocabulary: Set<string>): boolean {
  const lower = whole.toLowerCase();
  if (vocabulary.has(lower)) return false;
  if (vocabulary.has(`${head}-${tail}`.toLowerCase())) return true;
  if (isEnglishWord(lower)) return false;
  return isEnglishWord(head.toLowerCase()) && isEnglishWord(tail.toLowerCase());
}

/**
 * "docu" + "ment": a word broken at a line end whose hyphen the text layer does not carry (LaTeX's tagged PDFs give
 * the hyphen as no text), which read as "docu ment", "in cluding". Joined only when the two halves make a word and
 * one of them is none, neither in English nor elsewhere in the document: "a" + "round" stay two words.
 */
function lostHyphen(head: string, tail: string, vocabulary: Set<string>): boolean {
  const whole = `${head}${tail}`.toLowerCase();
  if (whole.length < 6 || (!vocabulary.has(whole) && !isEnglishWord(whole))) return false;
  // The document's own words leave out each line's last word, the broken half, but not its first: "cluding" is in them.
  const start = head.toLowerCase();
  return !(vocabulary.has(start) || isEnglishWord(start)) || !isEnglishWord(tail.toLowerCase());
}

function wordsOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // Not the line's last word: it may be the broken one.
    const parts = line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
    for (const word of parts.slice(0, -1)) words.add(word);
  }
  return words;
}

function mostCommon(weighted: Array<[number, number]>): number {
  const totals = new Map<number, number>();
  for (const [value, weight] of weighted) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) if (weight > bestWeight) [best, bestWeight] = [value, weight];
  return best;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * p)];
}

function round(value: number): number {
  return Math.round(value * 2) / 2;
}
