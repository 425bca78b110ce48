import { wordFamilies } from './derivations.js';
import { saidWords } from './word-frequency.js';

/**
 * Reads the word data the matcher otherwise reads on first use (word frequencies about 80 ms, word families about
 * 30 ms), so the first question that needs it after a start does not wait for it.
 */
export function readWordData(): void {
  saidWords();
  wordFamilies();
}
