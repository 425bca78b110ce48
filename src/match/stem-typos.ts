import { editDistance } from './edit-distance.js';
import { stemWord } from './lexicon.js';
import { memoise } from './memoise.js';
import { saidWords } from './word-frequency.js';

// "sponser", "murdr", "critize": a typo of a word the article writes only in another form ("sponsors", "murdering",
// "criticized") is more than one letter from every word of the pack, but one letter from the stem of one. After the
// corrector's own search finds nothing, the typo's stem is looked up among the pack words' stems (for the first few
// such words of a question: see weigh-question.ts). Drafted more-articles sets: 4 more right, 1 fewer wrong, no more
// out-of-scope questions answered; the held-out sets 2 more right. Four-letter words ("fomc" for "form") and words a
// stemmer cuts short ("takerate" -> "taker" -> "taking") answered out-of-scope questions of the first pack, so
// neither is tried.

const SHORTEST = 5;

/**
 * The pack word whose stem is one edit from a typo's stem, when exactly one is. The stems are indexed on the first
 * call: few questions have such a typo, and every briefing's engine would otherwise pay for it when it is built.
 */
export function buildStemCorrector(packWords: () => ReadonlyMap<string, string>): (word: string) => string | undefined {
  let stems: StemIndex | undefined;
  return memoise((word: string): string | undefined => {
    if (word.length < SHORTEST || !/^[a-z]+$/.test(word)) return undefined;
    const own = stemWord(word);
    if (word.length - own.length > 1) return undefined;
    stems ??= indexStems(packWords());
    // Longer than every stem by two letters or more: no stem is one edit away, and a word of thousands of letters
    // would make as many keys of thousands of letters each.
    if (own.length > stems.longest + 1) return undefined;
    const near = new Set<string>();
    for (const key of keysOf(own))
      for (const stem of stems.byKey.get(key) ?? [])
        if (stem[0] === own[0] && editDistance(own, stem, 1) <= 1) near.add(stem);
    // Near two stems: no guess.
    if (near.size > 0) return near.size === 1 ? packWords().get([...near][0]) : undefined;
    return viaSaidWord(word, packWords());
  }, 10_000);
}

/**
 * "charegd" where the article writes "charges": one edit from a word people say ("charged"), whose stem is the pack's,
 * though two from the pack's own form and from its stem. Only when that word is the one said word one edit away:
 * "shoppee" is "shopper", "shoppe" or "shopped", and most likely a misspelt Shopee, which the pack may not name.
 */
function viaSaidWord(word: string, packWords: ReadonlyMap<string, string>): string | undefined {
  const said = saidWords();
  const near = [...oneEditAway(word)].filter((neighbour) => neighbour[0] === word[0] && said.has(neighbour));
  return near.length === 1 ? packWords.get(stemWord(near[0])) : undefined;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one deletion, swap of neighbours, change or insertion of a letter from a word. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

type StemIndex = { byKey: Map<string, Set<string>>; longest: number };

/**
 * Each pack word's stem (see pack-stems.ts) under itself and under every form with one letter left out: a typo's stem
 * one edit from a stem shares one of these keys with it, so a few look-ups find it (a scan of the stems made a
 * question of 600 unknown words twice as slow).
 */
function indexStems(packWords: ReadonlyMap<string, string>): StemIndex {
  const byKey = new Map<string, Set<string>>();
  let longest = 0;
  for (const stem of packWords.keys()) {
    longest = Math.max(longest, stem.length);
    for (const key of keysOf(stem)) {
      const stems = byKey.get(key) ?? new Set<string>();
      stems.add(stem);
      byKey.set(key, stems);
    }
  }
  return { byKey, longest };
}

/** A stem and each form of it with one letter left out. */
function keysOf(stem: string): string[] {
  return [stem, ...Array.from(stem, (_, i) => stem.slice(0, i) + stem.slice(i + 1))];
}
