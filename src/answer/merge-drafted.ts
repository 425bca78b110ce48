import { joinSentences } from '../knowledge/join-sentences.js';
import type { Citation, Pack, QaEntry } from '../knowledge/schema.js';

// Drafted entries lean on the sentence before them, so two drafted entries quoted side by side (a close runner-up, two
// parts of one question) often share a sentence: "I still remember ... 2010. That was when Apple shipped ..." and
// "That was when Apple shipped ... It was something I couldn't unsee". Joined as they are, the reply reads the shared
// sentence twice. Quoted once each, in the article's order, they read as the passage the article wrote; the first
// entry's paragraphs still come first, as the caller puts first the entry that holds what was asked ("says Stephen,
// 52," for "how old is stephen jones", a paragraph after the one it leans on).

/**
 * Drafted entries that quote a sentence in common, as one entry quoting each of their sentences once: those of the
 * first entry's paragraphs, then the rest, each in the article's order (sentences that follow on in one paragraph run
 * on, others stand apart); undefined when they share none, or when an entry's answer is more than its quotes (a line
 * about the article, written by the drafter).
 */
export function mergeDrafted(pack: Pack, entries: readonly QaEntry[]): QaEntry | undefined {
  if (entries.length < 2 || !entries.every((e) => e.draft && e.citations.length > 0)) return undefined;
  const citations = entries.flatMap((e) => e.citations);
  const places = new Map(citations.map((c) => [c, placeOf(pack, c)]));
  const place = (c: Citation) => places.get(c) ?? 0;
  if (!entries.every((e) => sameText(e.answer, passage(e.citations, place)))) return undefined;
  const distinct = citations.filter((c, i) => citations.findIndex((d) => sameCitation(c, d)) === i);
  if (distinct.length === citations.length) return undefined;
  const [first] = entries;
  const firstParagraphs = new Set(first.citations.map(paragraphOf));
  const later = (c: Citation) => (firstParagraphs.has(paragraphOf(c)) ? 0 : 1);
  const ordered = [...distinct].sort((a, b) => later(a) - later(b) || place(a) - place(b));
  return {
    ...first,
    answer: passage(ordered, place),
    citations: ordered,
    figures: [...new Set(entries.flatMap((e) => e.figures))],
  };
}

/**
 * Quotes as a reader sees them: a quote that follows the one before it in the same paragraph runs on as the next
 * sentence; any other stands apart.
 */
function passage(citations: readonly Citation[], place: (c: Citation) => number): string {
  const paragraphs: Citation[][] = [];
  for (const citation of citations) {
    const last = paragraphs[paragraphs.length - 1];
    const before = last?.[last.length - 1];
    if (
      before &&
      before.source === citation.source &&
      before.paragraph === citation.paragraph &&
      place(before) < place(citation)
    )
      last.push(citation);
    else paragraphs.push([citation]);
  }
  return paragraphs.map((group) => joinSentences(group.map((c) => c.quote))).join('\n\n');
}

function paragraphOf(c: Citation): string {
  return `${c.source}\u0000${c.paragraph}`;
}

function sameCitation(a: Citation, b: Citation): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.quote === b.quote;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Where a quote stands in the article: its source, its paragraph, then how far into the paragraph it starts. */
function placeOf(pack: Pack, { source, paragraph, quote }: Citation): number {
  const at = pack.sources.findIndex((s) => s.id === source);
  const offset = pack.sources[at]?.paragraphs[paragraph - 1]?.indexOf(quote) ?? 0;
  return (at * 1e5 + paragraph) * 1e6 + Math.max(0, offset);
}
