import { splitSentences } from '../ingest/sentences.js';
import { normaliseWhitespace } from '../knowledge/paragraphs.js';
import type { Citation, LoadedSource } from '../knowledge/schema.js';

// Citations are picked, not typed: the entry form lists the article's sentences, and a quote is built from the
// sentences a curator ticks, word for word from the loaded paragraph. Consecutive ticked sentences of one paragraph
// become one quote. Pure.

export type ArticleSentence = {
  /** "<source>:<paragraph>:<sentence>", 1-based paragraph and 0-based sentence: the value a checkbox posts. */
  id: string;
  source: string;
  paragraph: number;
  text: string;
};

export type ArticleParagraph = { source: string; number: number; sentences: ArticleSentence[] };

export function articleParagraphs(sources: readonly LoadedSource[]): ArticleParagraph[] {
  return sources.flatMap((source) =>
    source.paragraphs.map((paragraph, i) => ({
      source: source.id,
      number: i + 1,
      sentences: splitSentences(paragraph, source.language).map((text, s) => ({
        id: `${source.id}:${i + 1}:${s}`,
        source: source.id,
        paragraph: i + 1,
        text,
      })),
    })),
  );
}

export type PickedCitations = { ok: true; citations: Citation[] } | { ok: false; unknown: string[] };

/** The citations the ticked sentence ids make, in article order; ids that name no sentence are refused. */
export function citationsFromSentences(
  paragraphs: readonly ArticleParagraph[],
  ids: readonly string[],
): PickedCitations {
  const byId = new Map(
    paragraphs.flatMap((p) => p.sentences.map((s, index) => [s.id, { sentence: s, index }] as const)),
  );
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) return { ok: false, unknown };
  const citations: Citation[] = [];
  for (const paragraph of paragraphs) {
    const ticked = paragraph.sentences.map((s) => ids.includes(s.id));
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0)
        citations.push({ source: paragraph.source, paragraph: paragraph.number, quote: run.join(' ') });
      run = [];
    };
    paragraph.sentences.forEach((sentence, i) => {
      if (ticked[i]) run.push(sentence.text);
      else flush();
    });
    flush();
  }
  return { ok: true, citations };
}

/** Whether a citation already quotes this sentence (or part of it), to mark it in the list. */
export function isQuoted(sentence: ArticleSentence, citations: readonly Citation[]): boolean {
  const text = normaliseWhitespace(sentence.text);
  return citations.some((c) => {
    if (c.source !== sentence.source || c.paragraph !== sentence.paragraph) return false;
    const quote = normaliseWhitespace(c.quote);
    return quote.includes(text) || text.includes(quote);
  });
}
