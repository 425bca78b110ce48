import { stripSlackMarkup } from './normalise.js';

// "Is Grab expanding into e-commerce?": a capitalised word inside a sentence is a name, even when it is also an
// English word in lower case ("grab", "line", "apple"). The first word of a sentence and "I" say nothing.

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Lower-cased words written with a capital letter where a sentence does not start, and web-address names. */
export function capitalisedWords(text: string): Set<string> {
  const words = new Set<string>();
  // Read what the asker wrote, not the link targets Slack adds around it ("<https://example.com|this piece>").
  const visible = stripSlackMarkup(text);
  for (const { segment } of sentences.segment(visible)) {
    const inside = segment.match(/[A-Za-z][\w'’-]*/g)?.slice(1) ?? [];
    // "Grab", and camel-cased names too ("NetEase", "WeChat").
    for (const word of inside) if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(word)) words.add(word.toLowerCase());
  }
  // "JD.com", "shopee.sg": a web address names a company, however short or common its first label.
  for (const [, label] of visible.matchAll(/\b([A-Za-z][\w-]*)\.(?:com|net|io|co|sg|my|id|cn)\b/g))
    words.add(label.toLowerCase());
  return words;
}
