import { stemWord } from './lexicon.js';

/**
 * The pack's words by their stem (the first of each stem the pack writes), for words of four letters a-z or more: a
 * shorter word is its own stem. Made on first use, when a question first has a word the pack does not, and shared by
 * what reads such a word as the pack's: a typo of another form of it (stem-typos.ts), a word of its family
 * (derivations.ts).
 */
export function packWordsByStem(vocabulary: readonly string[]): () => ReadonlyMap<string, string> {
  let byStem: Map<string, string> | undefined;
  return () => {
    if (!byStem) {
      byStem = new Map();
      for (const word of vocabulary) {
        if (word.length < 4 || !/^[a-z]+$/.test(word)) continue;
        const stem = stemWord(word);
        if (!byStem.has(stem)) byStem.set(stem, word);
      }
    }
    return byStem;
  };
}
