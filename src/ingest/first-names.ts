import { readFileSync } from 'node:fs';

// Given names ("trent", "marissa", "mahmoud"), from compromise's lexicon (scripts/known-names.ts writes the list): a
// capitalised pair that starts with one is a person's name, though the article never says that they said anything.

let names: Set<string> | undefined;

export function isFirstName(word: string): boolean {
  names ??= new Set<string>(JSON.parse(readFileSync(new URL('./first-names.json', import.meta.url), 'utf8')));
  return names.has(word.toLowerCase());
}
