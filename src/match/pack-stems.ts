import { stemWord } from './lexicon.js';

/**
 * The pack's words of `minLength` letters a-z or more by a key of each (the first word of each key the pack writes),
 * made on first use: when a question first has a word the pack does not.
 */
export function packWordsBy(
  vocabulary: readonly string[],
  minLength: number,
  keyOf: (word: string) => string,
): () => ReadonlyMap<string, string> {
  let byKey: Map<string, string> | undefined;
  return () => {
    if (!byKey) {
      byKey = new Map();
      for (const word of vocabulary) {
        if (word.length < minLength || !/^[a-z]+$/.test(word)) continue;
        const key = keyOf(word);
        if (!byKey.has(key)) byKey.set(key, word);
      }
    }
    return byKey;
  };
}

/**
 * The pack's words by their stem, for words of four letters or more (a shorter word is its own stem), shared by what
 * reads a question's word as the pack's: a typo of another form of it (stem-typos.ts), a word of its family
 * (derivations.ts).
 */
export function packWordsByStem(vocabulary: readonly string[]): () => ReadonlyMap<string, string> {
  return packWordsBy(vocabulary, 4, stemWord);
}
