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
  for (const label of webAddressLabels(visible)) words.add(label.toLowerCase());
  return words;
}

const WORD_CHAR = /\w/;
const LABEL_CHAR = /[\w-]/;
const LETTER = /[A-Za-z]/;
const DOT_TLD = /\.(?:com|net|io|co|sg|my|id|cn)\b/y;

/**
 * The labels `text.matchAll(/\b([A-Za-z][\w-]*)\.(?:com|net|io|co|sg|my|id|cn)\b/g)` finds, in one pass. The regex
 * retried every word start inside a run of letters and hyphens ("abcd-efgh-...") and scanned to the run's end each
 * time, O(n²): 4,000 characters took 30 ms. Every start in one run reaches the same end, so one try per run is
 * enough, and this makes exactly that one.
 */
export function webAddressLabels(text: string): string[] {
  const labels: string[] = [];
  let i = 0;
  while (i < text.length) {
    // The regex's next start: a letter at a word boundary.
    if (!LETTER.test(text[i]) || (i > 0 && WORD_CHAR.test(text[i - 1]))) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && LABEL_CHAR.test(text[end])) end += 1;
    DOT_TLD.lastIndex = end;
    if (DOT_TLD.test(text)) {
      labels.push(text.slice(i, end));
      i = DOT_TLD.lastIndex;
    } else i = end;
  }
  return labels;
}
