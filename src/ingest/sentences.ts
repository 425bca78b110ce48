import { EAST_ASIAN_LETTERS } from './language.js';

// A paragraph -> its sentences, as a reader would split them. Intl.Segmenter knows sentence punctuation in every
// language but breaks after abbreviations ("Mr. Obama", "Jan. 5", "U.S. officials"); those breaks are mended here.

const ABBREVIATION =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Adm|Cmdr|Rev|Hon|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|Nos|vs|etc|approx|est|dept|univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Rd|Fig|Vol|pp|ca|cf|al|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.\s*$/;

const LIST_NUMBER = /^\s*(?:\d{1,3}|[ivx]{1,5}|[a-z])\.\s*$/i;

/** A sentence that ends in Chinese, Japanese or Korean, whose next one starts with no space. */
const ENDS_EAST_ASIAN = new RegExp(`[${EAST_ASIAN_LETTERS}。！？」』]$`, 'u');

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  const base = language.split('-')[0] || 'en';
  let segmenter = segmenters.get(base);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(base, { granularity: 'sentence' });
    segmenters.set(base, segmenter);
  }
  return segmenter;
}

export function splitSentences(paragraph: string, language = 'en'): string[] {
  const pieces = [...segmenterFor(language).segment(paragraph)].map((s) => s.segment);
  const sentences: string[] = [];
  let current = '';
  for (const piece of pieces) {
    current += piece;
    // "Mr. " ends a segment but not a sentence; nor does a piece followed by a lower-case word ("U.S. officials"), nor
    // a list item's number ("1. Finland", "iv. Costs").
    if (ABBREVIATION.test(current) || LIST_NUMBER.test(current)) continue;
    sentences.push(current);
    current = '';
  }
  if (current) sentences.push(current);
  // A segment that starts in lower case continues the one before ("...the U.S. economy" split after "U.S."), joined
  // as the paragraph has them: "if (!target)" in a code sample is split after "!" with no space to put back. So does
  // one that follows with no space at all ("www.*.com"), except after Chinese or Japanese, which use none.
  const merged: string[] = [];
  for (const sentence of sentences) {
    const before = merged[merged.length - 1];
    const unspaced =
      before !== undefined && /\S$/.test(before) && /^\S/.test(sentence) && !ENDS_EAST_ASIAN.test(before);
    const continues = sentence.trim() === '' || /^[a-z]/.test(sentence.trimStart()) || unspaced;
    if (merged.length > 0 && continues) merged[merged.length - 1] += sentence;
    else merged.push(sentence);
  }
  return merged.map((s) => s.trim()).filter(Boolean);
}
