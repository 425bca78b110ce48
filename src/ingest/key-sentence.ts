import { stemmer } from 'stemmer';
import type { ArticleSentence } from './draft-entry.js';

// A feature opens with a scene ("I've been using email since the early 1990s"), and the sentence that says what it is
// about comes later: "Zuckerberg offered a primer on the strategies he and his company employ ...", under the headline
// "Zuckerberg offers peek at Facebook's acquisition strategies". The sentence that shares the most of the headline's
// words says it; the summary gives it after the opening.

/** Headline words a sentence must share to say what the article is about, not to mention one of its names. */
const KEY_MIN_SHARED = 2;

export function keySentence(
  sentences: readonly ArticleSentence[],
  title: string,
  options: {
    /** The sentences the summary already gives, and those no summary gives (captions, notes). */
    skip: (sentence: ArticleSentence) => boolean;
    /** The words that carry a text's content. */
    words: (text: string) => string[];
    minWords: number;
  },
): ArticleSentence | undefined {
  const stems = (text: string) => new Set(options.words(text).map((w) => stemmer(w.toLowerCase())));
  const headline = stems(title);
  let best: ArticleSentence | undefined;
  let bestShared = KEY_MIN_SHARED - 1;
  for (const sentence of sentences) {
    if (options.skip(sentence)) continue;
    const own = stems(sentence.text);
    if (own.size < options.minWords) continue;
    let shared = 0;
    for (const stem of own) if (headline.has(stem)) shared += 1;
    if (shared > bestShared) {
      best = sentence;
      bestShared = shared;
    }
  }
  return best;
}
