import { stripSlackMarkup } from './normalise.js';

// "Is Grab expanding into e-commerce?": a capitalised word inside a sentence is a name, even when it is also an
// English word in lower case ("grab", "line", "apple"). The first word of a sentence and "I" say nothing.

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Lower-cased words written with a capital letter where a sentence does not start. */
export function capitalisedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const { segment } of sentences.segment(stripSlackMarkup(text))) {
    const inside = segment.match(/[A-Za-z][\w'’-]*/g)?.slice(1) ?? [];
    for (const word of inside) if (/^[A-Z][a-z]+$/.test(word) && word !== 'I') words.add(word.toLowerCase());
  }
  return words;
}
