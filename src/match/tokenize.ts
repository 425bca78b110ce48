// Splits normalised text into latin words, numbers and CJK runs. CJK runs are kept whole here: aliases such
// as 小红书 are matched inside them first, and only the rest is split into words with Intl.Segmenter.

export type RawToken = { text: string; cjk: boolean };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * "24/7", "9/11": two numbers joined by a slash name a thing, not counts of anything. Read as one token here ("apa 7"
 * is no question about "24/7"), and drafting takes no figure from them (ingest/figures.ts).
 */
export const SLASHED_NUMBERS = String.raw`(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])`;
/**
 * "A&E", "AT&T", "R&D": initials joined by an ampersand are one name. Split, each letter is too short to be a word,
 * and the name is lost to matching and routing alike.
 */
const AMPERSAND_INITIALS = '(?<![a-z0-9&])[a-z]{1,3}&[a-z]{1,3}(?![a-z0-9&])';
const LATIN = new RegExp(String.raw`${SLASHED_NUMBERS}|${AMPERSAND_INITIALS}|\d+(?:\.\d+)?|[a-z][a-z0-9]*`, 'g');
/**
 * "2022-10-11", as a byline dates its article: the year, not three numbers. Its month and day read as counts had let
 * "client call in 10, what's the gist" match only the byline of an article dated in October.
 */
const ISO_DATE = /(?<![\d-])((?:19|20)\d\d)-[01]\d-[0-3]\d(?![\d-])/g;
/** LATIN for a text with no "/" or "&", where its first two forms cannot match. */
const PLAIN_LATIN = /\d+(?:\.\d+)?|[a-z][a-z0-9]*/g;

export function tokenize(normalised: string): RawToken[] {
  const tokens: RawToken[] = [];
  eachToken(normalised, (text, cjk) => tokens.push({ text, cjk }));
  return tokens;
}

/** The tokens of tokenize() in order, without a token object each: routing reads every pack's whole text at load. */
export function eachToken(normalised: string, visit: (text: string, cjk: boolean) => void): void {
  // Most texts are plain ASCII, with no CJK run to look for.
  if (!NON_ASCII.test(normalised)) {
    eachLatin(normalised, visit);
    return;
  }
  let last = 0;
  for (const match of normalised.matchAll(CJK)) {
    eachLatin(normalised.slice(last, match.index), visit);
    visit(match[0], true);
    last = match.index + match[0].length;
  }
  eachLatin(normalised.slice(last), visit);
}

function eachLatin(text: string, visit: (text: string, cjk: boolean) => void): void {
  for (const word of latinTokens(text)) visit(word, false);
}

/**
 * The Latin tokens of tokenize(), for a text read as a bag of words (a pack's vocabulary). A CJK run between two
 * words changes none of them (no pattern's edge can be a CJK character), so the whole text is matched at once.
 */
export function latinTokens(normalised: string): string[] {
  const text = normalised.includes('-') ? normalised.replace(ISO_DATE, '$1') : normalised;
  // match() over matchAll(): only the words are needed, not a match object per word.
  const words = text.includes('/') || text.includes('&') ? text.match(LATIN) : text.match(PLAIN_LATIN);
  return words ?? [];
}

/** The CJK runs of tokenize(), in order. */
export function cjkRuns(normalised: string): string[] {
  return NON_ASCII.test(normalised) ? (normalised.match(CJK) ?? []) : [];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-splits a CJK run (after alias matching), keeping only word-like segments. */
export function segmentCjk(run: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}
