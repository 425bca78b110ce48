// The language of a page: what its metadata says, checked against the script its text is written in. A Latin-script
// text is taken as English (kb:new drafts English first); Chinese, Japanese and Korean are told apart by their
// scripts, which is all the drafting needs to know to split sentences and words.

/** Chinese and Japanese letters, written with no space between words: the contents of a RegExp class. */
export const UNSPACED_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** Those and Korean's: the East Asian scripts, the contents of a RegExp class. */
export const EAST_ASIAN_LETTERS = String.raw`${UNSPACED_LETTERS}\p{Script=Hangul}`;

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /\p{Script=Latin}/gu;
const CJK_LANGUAGES = new Set(['zh', 'ja', 'ko']);

/** zh, ja or ko when the text is mostly written in those scripts, else en. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const han = count(sample, HAN);
  const kana = count(sample, KANA);
  const hangul = count(sample, HANGUL);
  const latin = count(sample, LATIN);
  const cjk = han + kana + hangul;
  // One CJK character carries about as much as a short Latin word, so a third of the letters is a CJK text.
  if (cjk === 0 || cjk < (cjk + latin) / 3) return 'en';
  if (hangul > han + kana) return 'ko';
  if (kana >= cjk / 10) return 'ja';
  return 'zh';
}

/**
 * The page's own language tag (canonical BCP 47: "en-us" -> "en-US"), unless the text's script contradicts it: a
 * Chinese page whose template says lang="en" is Chinese. Without a usable tag, the text decides.
 */
export function pageLanguage(declared: string | null | undefined, text: string): string {
  const detected = detectLanguage(text);
  const tag = canonicalTag(declared);
  if (!tag) return detected;
  const primary = tag.split('-')[0].toLowerCase();
  if (CJK_LANGUAGES.has(primary) !== CJK_LANGUAGES.has(detected)) return detected;
  return tag;
}

/** A Chinese, Japanese or Korean character: lines of such text join with no space between them. */
export function isCjk(char: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char);
}

function canonicalTag(tag: string | null | undefined): string | undefined {
  const text = tag?.trim().replace(/_/g, '-');
  if (!text || /^(?:und|x-default|mul|zxx)$/i.test(text)) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
