import { isEnglishWord } from './common-words.js';
import { normaliseText } from './normalise.js';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

// "what's the AQI in delhi now" of an article that writes "air quality index", "darfur icc genocide charges" of one
// that writes "International Criminal Court": a question may use the initials of a phrase its article spells out.
// Only a phrase of three to five words none of which is a stopword, for a question word that is no English word and
// no misspelling of a pack word (analyse.ts asks after its typo check: "wat" is "what", not "working across two").

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const SHORTEST = 3;
const LONGEST = 5;

/** Initials -> the words of the phrase they stand for, from the paragraphs of a pack's sources. */
export function initialismsOf(texts: readonly string[]): Map<string, string[]> {
  const phrases = new Map<string, Map<string, string>>();
  for (const text of texts) {
    const words = text.match(WORD) ?? [];
    const lower = words.map((w) => w.toLowerCase());
    const content = lower.map((w) => w.length >= 3 && !ENGLISH_STOPWORDS.has(w));
    for (let start = 0; start < words.length; start++) {
      let initials = '';
      for (let end = start; end < words.length && end - start < LONGEST && content[end]; end++) {
        initials += lower[end][0];
        if (end - start + 1 < SHORTEST) continue;
        const spelled = phrases.get(initials) ?? new Map<string, string>();
        spelled.set(lower.slice(start, end + 1).join(' '), words.slice(start, end + 1).join(' '));
        phrases.set(initials, spelled);
      }
    }
  }
  // Initials that two phrases share say neither, and initials that are a word are that word.
  const initialisms = new Map<string, string[]>();
  for (const [initials, spelled] of phrases) {
    if (spelled.size > 1 || isEnglishWord(initials)) continue;
    const [phrase] = spelled.values();
    // The words as the pack's vocabulary has them ("People’s" as "people's").
    initialisms.set(
      initials,
      tokenize(normaliseText(phrase)).map((token) => token.text),
    );
  }
  return initialisms;
}
