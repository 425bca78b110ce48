import { stemWord } from './lexicon.js';
import { wordLinesOnFirstUse } from './word-list.js';

// A question's word the briefing never uses, read as the briefing's word of the same family: "when did Lorenz die"
// meets "Lorenz's death", "what day did he testify" meets "his testimony". The families are WordNet's derivationally
// related forms (scripts/derivations.ts writes derivations.json), which the Porter stemmer cannot join.

/** Each word's family, read on first use (about 30 ms): most questions use only words their briefing has. */
export const wordFamilies = wordLinesOnFirstUse(new URL('./derivations.json', import.meta.url));

/**
 * A pack's word of the family of a word it does not use, as the pack writes it, or undefined. `byStem` maps the
 * stems of the pack's words to one of those words.
 */
export function packWordOfFamily(word: string, byStem: ReadonlyMap<string, string>): string | undefined {
  for (const other of wordFamilies().get(word) ?? []) {
    const written = byStem.get(stemWord(other));
    if (written !== undefined) return written;
  }
  return undefined;
}
