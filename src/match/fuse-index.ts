import Fuse from 'fuse.js';
import type { Corrector } from './analyse.js';
import { isEnglishWord } from './common-words.js';
import { editDistance } from './edit-distance.js';
import { memoise } from './memoise.js';

// The fuzzy layer: fuse.js finds the pack words closest to a word nobody taught us ("tiktk", "xiaohongsu"),
// and an edit-distance bound decides whether the closest is close enough to be a typo rather than another word.

const SHORT_WORD = 6;
const FUSE_OPTIONS = { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 } as const;
/** fuse.js searches a pattern longer than this in pieces, and scores it differently. */
const FUSE_MAX_PATTERN = 32;

export type SpellingCorrector = Corrector & {
  /** Whether correcting this word takes a fuse.js search (it is near some pack word); cheap, and memoised. */
  needsSearch(word: string): boolean;
};

export function buildSpellingCorrector(vocabulary: Iterable<string>): SpellingCorrector {
  const every = new Set(vocabulary);
  const words = [...every].filter((w) => w.length >= 3 && !/\d/.test(w));
  const known = new Set(words);
  const fuse = new Fuse(words, FUSE_OPTIONS);
  const letters = words.map(letterCounts);
  /**
   * fuse.search(word, { limit: 8 }), over only the pack words that can match at all. A fuse.js match (threshold 0.4,
   * location ignored) is a part of the pack word within k = 0.4 x the word's length edits of it, so at least
   * length - k of the word's letters are in the pack word; the rest score nothing and cannot be among the 8. The
   * words kept stay in order, so ties rank as before: the same 8, in the same order, for a fraction of the work.
   */
  const closestByFuse = (word: string): string[] => {
    if (word.length > FUSE_MAX_PATTERN || !/^[a-z]+$/.test(word))
      return fuse.search(word, { limit: 8 }).map((h) => h.item);
    const wanted = letterCounts(word);
    const needed = word.length - maxFuseErrors(word.length);
    const possible = words.filter((_, i) => sharedLetters(wanted, letters[i]) >= needed);
    return new Fuse(possible, FUSE_OPTIONS).search(word, { limit: 8 }).map((h) => h.item);
  };
  // fuse.js scores short words poorly ("jain" does not find "jian" among its first hits), so short words
  // also get a direct scan of the pack words that start with the same letter.
  const byFirstLetter = new Map<string, string[]>();
  // The same words by first letter and length: what the checks below can accept at all.
  const byFirstLetterAndLength = new Map<string, string[]>();
  for (const w of words) {
    for (const [map, key] of [
      [byFirstLetter, w[0]],
      [byFirstLetterAndLength, `${w[0]}${w.length}`],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(w);
      else map.set(key, [w]);
    }
  }
  /**
   * Whether any pack word passes the checks the loop below makes (first letter, length within one, within
   * `allowed` edits). Most unknown words are near no pack word; for them the fuse.js search, the costly part (about
   * 1 ms a word, and far more for a long one), cannot change the result, so it is skipped.
   */
  const anyAcceptable = (word: string, allowed: number): boolean => {
    for (const length of word.length === 3 ? [4] : [word.length - 1, word.length, word.length + 1]) {
      for (const candidate of byFirstLetterAndLength.get(`${word[0]}${length}`) ?? [])
        if (editDistance(word, candidate, allowed) <= allowed) return true;
    }
    return false;
  };
  // Two edits only in long words: "shoppee" is two edits from "stopped" but a misspelt Shopee.
  const allowedEdits = (word: string) => (word.length >= 8 ? 2 : 1);
  const needsSearch = memoise((word) => !known.has(word) && anyAcceptable(word, allowedEdits(word)), 10_000);
  const closest = memoise((word): string | undefined => {
    const allowed = allowedEdits(word);
    if (!needsSearch(word)) return undefined;
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    const hits = closestByFuse(word);
    if (word.length <= SHORT_WORD) hits.push(...(byFirstLetter.get(word[0]) ?? []));
    for (const candidate of hits) {
      // A typo keeps the word's length and first letter; "shopee" is not a misspelt "shop".
      if (Math.abs(candidate.length - word.length) > 1 || candidate[0] !== word[0]) continue;
      // Three letters leave too little to go on, except for a dropped letter ("shp" -> "shop"); and four letters are
      // no three-letter word with one more ("sega" is not "sea").
      if (word.length === 3 && candidate.length !== 4) continue;
      if (word.length === 4 && candidate.length === 3) continue;
      const distance = editDistance(word, candidate, allowed);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }, 10_000);
  // "zuck": the start of one long name of the pack ("zuckerberg"), as people shorten names they type often.
  const byStart = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < NICKNAME + 3) continue;
    const list = byStart.get(w.slice(0, NICKNAME));
    if (list) list.push(w);
    else byStart.set(w.slice(0, NICKNAME), [w]);
  }
  const lengthened = (word: string): string | undefined => {
    if (word.length < NICKNAME) return undefined;
    const found = (byStart.get(word.slice(0, NICKNAME)) ?? []).filter(
      (w) => w.startsWith(word) && w.length >= word.length + 3,
    );
    // Only a name, and only when no other word of the pack starts the same way ("inst": "instagram" or "instant").
    return found.length === 1 && !isEnglishWord(found[0]) ? found[0] : undefined;
  };
  const correct = (word: string) =>
    known.has(word) ? word : (undoubled(word, every) ?? lengthened(word) ?? closest(word));
  return Object.assign(correct, { needsSearch });
}

/** The fewest letters a shortened name keeps. */
const NICKNAME = 4;

/**
 * "xuu", "tiktokk": a key held down once too long. Too short for the searches above ("xu" has two letters), and no
 * other typo of a known word is this sure.
 */
function undoubled(word: string, known: ReadonlySet<string>): string | undefined {
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const fixed = word.slice(0, i) + word.slice(i + 1);
    if (known.has(fixed)) return fixed;
  }
  return undefined;
}

/** The most errors fuse.js accepts in a match of a pattern this long: errors / length <= threshold, as it checks. */
function maxFuseErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= FUSE_OPTIONS.threshold) errors += 1;
  return errors;
}

/** How many of each letter a to z a word has (pack words and correctable words are a-z only). */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(26);
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) counts[letter] += 1;
  }
  return counts;
}

function sharedLetters(a: Uint8Array, b: Uint8Array): number {
  let shared = 0;
  for (let i = 0; i < 26; i++) shared += Math.min(a[i], b[i]);
  return shared;
}

/**
 * The corrector for one question: it searches for at most `searches` words, and leaves any further word that would
 * need a search as it is. A real question has a typo or three; a 4,000-character string of near-misses had hundreds,
 * one fuse.js search (about 1 ms) each. Which words are searched depends only on the question, never on what
 * earlier questions left in the memo, so the same question always gets the same reply.
 */
export function withSearchBudget(corrector: SpellingCorrector, searches: number): Corrector {
  const searched = new Set<string>();
  return (word) => {
    if (!corrector.needsSearch(word) || searched.has(word)) return corrector(word);
    if (searched.size === searches) return undefined;
    searched.add(word);
    return corrector(word);
  };
}
