import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/knowledge/load.js';
import type { Pack } from '../../src/knowledge/schema.js';
import { checkCitation } from '../../src/knowledge/verify-quotes.js';
import { articleParagraphs, citationsFromSentences, isQuoted } from '../../src/studio/article-sentences.js';
import { changesFromForm, fieldProblems, formValuesOf } from '../../src/studio/entry-form.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

let pack: Pack;
beforeAll(async () => {
  const loaded = await loadPack(SHIPPED_PACK);
  if (!loaded.ok) throw new Error(loaded.report);
  pack = loaded.value;
});

describe('Citations picked from the article', () => {
  it('are verbatim by construction: any sentence, or run of sentences, passes the loader check', () => {
    const paragraphs = articleParagraphs(pack.sources);
    const every = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
    const picked = citationsFromSentences(paragraphs, every);
    if (!picked.ok) throw new Error('unknown ids');
    // One quote per paragraph (its sentences are consecutive), and each is the article's own words.
    expect(picked.citations).toHaveLength(paragraphs.length);
    for (const citation of picked.citations) expect(checkCitation(citation, pack.sources)).toBeNull();
  });

  it('makes one quote of neighbouring sentences and separate quotes of sentences apart', () => {
    const paragraphs = articleParagraphs(pack.sources);
    const long = paragraphs.find((p) => p.sentences.length >= 3);
    if (!long) throw new Error('no paragraph with three sentences');
    const [a, b, c] = long.sentences;
    const picked = citationsFromSentences(paragraphs, [a.id, c.id]);
    expect(picked).toEqual({
      ok: true,
      citations: [
        { source: a.source, paragraph: long.number, quote: a.text },
        { source: a.source, paragraph: long.number, quote: c.text },
      ],
    });
    expect(citationsFromSentences(paragraphs, [a.id, b.id])).toEqual({
      ok: true,
      citations: [{ source: a.source, paragraph: long.number, quote: `${a.text} ${b.text}` }],
    });
  });

  it('refuses a sentence id that is not in the article (the page was older than the file)', () => {
    expect(citationsFromSentences(articleParagraphs(pack.sources), ['article:999:0'])).toEqual({
      ok: false,
      unknown: ['article:999:0'],
    });
  });

  it('marks the sentences an entry already quotes', () => {
    const entry = pack.entries[0];
    const paragraph = articleParagraphs(pack.sources).find((p) => p.number === entry.citations[0].paragraph);
    expect(paragraph?.sentences.some((s) => isQuoted(s, entry.citations))).toBe(true);
  });
});

describe('The entry form', () => {
  it('keeps ticked citations, adds picked ones, and splits alternates by line and tags by comma', () => {
    const entry = pack.entries[0];
    const paragraphs = articleParagraphs(pack.sources);
    const added = paragraphs[paragraphs.length - 1].sentences[0];
    const values = {
      ...formValuesOf(entry),
      alternates: ' a \n\n b\nc ',
      tags: 'one, two three',
      keep: [],
      sentences: [added.id],
    };
    const result = changesFromForm(values, entry, paragraphs, true);
    expect(result).toEqual({
      ok: true,
      changes: {
        question: entry.question,
        alternates: ['a', 'b', 'c'],
        answer: entry.answer,
        tags: ['one', 'two', 'three'],
        citations: [{ source: added.source, paragraph: added.paragraph, quote: added.text }],
        approve: true,
      },
    });
  });

  it("puts each of the loader's problems next to its field, and others above the form", () => {
    const placed = fieldProblems(
      [
        { severity: 'error', file: 'k/qa.yaml', line: 3, id: 'e1', field: 'alternates', message: 'needs at least 3' },
        { severity: 'error', file: 'k/qa.yaml', line: 9, id: 'e1', field: 'citations[1]', message: 'not verbatim' },
        { severity: 'error', file: 'k/qa.yaml', line: 20, id: 'e2', field: 'question', message: 'must not be empty' },
        { severity: 'warning', file: 'k/qa.yaml', message: 'paragraph 4 not cited' },
      ],
      'e1',
    );
    expect(placed).toEqual({
      byField: { alternates: ['needs at least 3'], citations: ['citations[1]: not verbatim'] },
      other: ['k/qa.yaml [e2] question: must not be empty'],
    });
  });
});
