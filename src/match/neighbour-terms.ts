import { isArticleLevel } from '../knowledge/article-level.js';
import type { QaEntry } from '../knowledge/schema.js';

// A drafted sentence often leaves to the sentence beside it what a question names or asks about: "Lupita Nyong'o's
// Oscar dress ... was stolen right out of her hotel room", then "She was staying at ...". A sentence therefore covers,
// a little, the words of the sentences next to it in its paragraph, so the one that answers can still rank first
// when the question's words are split between them. Only for ranking: whether an entry names a question's key (a
// name, a number) is still read from the entry alone. A third of a word's weight in its own sentence: drafted sets +10
// right, -4 wrong, +1 out-of-scope answered (two thirds: +12, +1, +4); across paragraph breaks, +20, -1, +3 but fewer
// articles with at most 5% wrong.

/** How much a word of the sentence beside counts, against what it counts in its own sentence. */
export const NEIGHBOUR_SHARE = 0.3;

/**
 * For each drafted entry, the terms of the drafted entries just before and after it in the same paragraph that it
 * lacks itself, each at NEIGHBOUR_SHARE of the weight it has there (the higher, when both have it).
 */
export function neighbourTerms(
  entries: readonly QaEntry[],
  entryTerms: readonly ReadonlyMap<string, number>[],
): Map<string, number>[] {
  const paragraphs = entries.map((entry) => new Set(entry.citations.map((c) => c.paragraph)));
  const beside = (i: number, j: number) =>
    entries[j]?.draft === true &&
    !isArticleLevel(entries[j].id) &&
    [...paragraphs[j]].some((paragraph) => paragraphs[i].has(paragraph));
  return entries.map((entry, i) => {
    const terms = new Map<string, number>();
    if (!entry.draft || isArticleLevel(entry.id)) return terms;
    for (const j of [i - 1, i + 1]) {
      if (!beside(i, j)) continue;
      for (const [term, weight] of entryTerms[j]) {
        // A question word ("?who") says what kind of answer the other sentence gives, not this one.
        if (entryTerms[i].has(term) || term.startsWith('?')) continue;
        terms.set(term, Math.max(terms.get(term) ?? 0, NEIGHBOUR_SHARE * weight));
      }
    }
    return terms;
  });
}
