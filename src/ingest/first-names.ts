import { wordListOnFirstUse } from '../match/word-list.js';

// Given names ("trent", "marissa", "mahmoud"), from compromise's lexicon (scripts/known-names.ts writes the list): a
// capitalised pair that starts with one is a person's name, though the article never says that they said anything.

const names = wordListOnFirstUse(new URL('./first-names.json', import.meta.url));

export function isFirstName(word: string): boolean {
  return names().has(word.toLowerCase());
}
