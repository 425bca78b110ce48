import { isTypedCurrencyCode } from '../knowledge/currency-codes.js';
import { CHAT_WORDS } from './chat-words.js';
import {
  CJK_METRIC_WORDS,
  isCompoundEnglishWord,
  isEnglishWord,
  LONGEST_ENGLISH_WORD,
  METRIC_WORDS,
  ORDINAL_WORDS,
} from './common-words.js';
import { editDistance } from './edit-distance.js';
import { intentTerms } from './intent.js';
import { isKnownName } from './known-names.js';
import type { Lexicon } from './lexicon.js';
import { isEntityTerm, stemWord } from './lexicon.js';
import { memoise } from './memoise.js';
import { normaliseText } from './normalise.js';
import { isCjkPlaceName, isPlaceName } from './place-names.js';
import { CHINESE_STOPWORDS, ENGLISH_STOPWORDS, isMisspeltStopword } from './stopwords.js';
import { segmentCjk, tokenize } from './tokenize.js';
import { isRarelySaid } from './word-frequency.js';

// Text -> the terms that carry its meaning. The same function reads the pack's questions and the user's,
// so both sides of a match are always spelled the same way.

export type TermKind = 'entity' | 'concept' | 'number' | 'word' | 'cjk' | 'intent';

export type Term = {
  term: string;
  kind: TermKind;
  /** The word as typed (before spelling correction and stemming), for messages and suggestions. */
  surface: string;
  /** The question's own word where the pack's word of its family stands in for it ("respond" for "responsibility"). */
  asked?: string;
};

/** Optional spelling correction: returns a known word for an unknown one, or undefined. */
export type Corrector = (word: string) => string | undefined;

export type Analysis = {
  terms: Term[];
  corrections: { from: string; to: string }[];
  /** The text as the tokenizer read it (lowercased, markup stripped), for phrase checks such as "how many". */
  normalised: string;
};

export type AnalyseOptions = {
  /** Spelling correction for words the pack does not know (questions only: the pack is spelled right). */
  correct?: Corrector;
  /** Add intent terms (?who, ?why ...): for questions and the pack's phrasings, not for answers or quotes. */
  intents?: boolean;
  /**
   * A word of the question the pack does not use, as words it does: its hyphenated parts ("signups" -> "sign ups",
   * "wifi" -> "wi fi"), which people join as often as not, the pack's word of its family ("die" -> "death"), or its
   * word for the same place ("canadian" -> "canada"; `before` is the word typed before it). Either way the question
   * would otherwise share no word with the sentence that answers it.
   */
  asPackWords?: (word: string, before?: string) => string[] | undefined;
  /**
   * For a "who" question, the pack's nouns for one who does what a word of it says ("directed" -> "director", see
   * agent-nouns.ts), read beside the word: "who directed it" is asked of "the director behind it".
   */
  agentsOf?: (word: string) => string[] | undefined;
  /** A word no pack word is meant by, as the initials of a phrase of the pack (see initialisms.ts). */
  spelledOut?: (word: string) => string[] | undefined;
};

export function analyseText(
  text: string,
  lexicon: Lexicon,
  { correct, intents, asPackWords, spelledOut, agentsOf }: AnalyseOptions = {},
): Analysis {
  const corrections: Analysis['corrections'] = [];
  const terms: Term[] = [];
  let latin: string[] = [];
  const standIns = new Map<string, string>();

  const flushLatin = () => {
    for (const term of matchPhrases(latin, lexicon)) {
      const asked = term.kind === 'word' ? standIns.get(term.surface) : undefined;
      terms.push(asked === undefined ? term : { ...term, asked });
    }
    latin = [];
  };

  let cased = text;
  for (const { pattern, placeholder } of lexicon.capitalOnly) cased = cased.replace(pattern, ` ${placeholder} `);
  const normalised = normaliseText(cased);
  let before = '';
  const asksWho = agentsOf !== undefined && /\bwho\b/.test(normalised);
  for (const token of tokenize(normalised)) {
    if (!token.cjk) {
      let word = token.text;
      const parts = asPackWords?.(word, before);
      before = word;
      if (parts) {
        if (parts.length === 1) standIns.set(parts[0], word);
        latin.push(...parts);
        continue;
      }
      const correctable = correct !== undefined && isCorrectable(word);
      const fixed = correctable ? correctTypo(word, correct) : undefined;
      // "wat happend", "wher does": a question's misspelt filler word is filler, and asks for nothing an answer lacks.
      if (fixed === undefined && correctable && isMisspeltStopword(word)) continue;
      const phrase = fixed === undefined ? spelledOut?.(word) : undefined;
      if (phrase) {
        latin.push(...phrase);
        continue;
      }
      if (fixed !== undefined && fixed !== word) {
        corrections.push({ from: word, to: fixed });
        word = fixed;
      }
      latin.push(word);
      if (asksWho) latin.push(...(agentsOf(word) ?? []));
      continue;
    }
    flushLatin();
    terms.push(...matchCjk(token.text, lexicon));
  }
  flushLatin();
  if (intents) terms.push(...intentTerms(normalised));
  return { terms, corrections, normalised };
}

function isCorrectable(word: string): boolean {
  // "tokyo" is a place the pack does not mention, not a typo of a word it does ("toko").
  return (
    word.length >= 3 &&
    !/\d/.test(word) &&
    !ENGLISH_STOPWORDS.has(word) &&
    (!isEnglishWord(word) || isRarelySaid(word)) &&
    !isPlaceName(word)
  );
}

/**
 * The pack's word for a typo. The word list holds misspellings people type ("awsome", "billon", "frist"), so a listed
 * word almost nobody says may be one too, but only of a word one edit away: "blogging", which film subtitles rarely
 * say, is no typo of the pack's "belonging"; and "dashboards" is the pack's "dashboard" as written, not a typo of it.
 */
function correctTypo(word: string, correct: Corrector): string | undefined {
  const fixed = correct(word);
  if (fixed === undefined || !isEnglishWord(word)) return fixed;
  return editDistance(word, fixed, 1) <= 1 && stemWord(fixed) !== stemWord(word) ? fixed : undefined;
}

const ARTICLE_DETERMINERS = new Set(['the', 'this', 'that']);
// Not "story": "what's the RedNote story" asks about RedNote.
const ARTICLE_NOUNS = new Set(['article', 'piece', 'writeup', 'briefing']);
const DESCRIBED_NOUNS = new Set([
  'giant',
  'giants',
  'company',
  'companies',
  'firm',
  'firms',
  'retailer',
  'retailers',
  'heavyweight',
  'behemoth',
]);
// "a US retail giant" but not "Temu's parent company", which is about Temu.
const DESCRIBING_WORDS = new Set(['retail', 'tech', 'ecommerce', 'delivery', 'internet', 'online', 'research', 'big']);
const POINTERS = new Set(['this', 'that', 'link', 'article', 'piece', 'post', 'thread']);
const SETTING_ASIDE = new Set(['besides', 'except', 'excluding', 'other than', 'apart from', 'aside from']);

// A metric word keeps its own form ("founded" is not "found", which the pack may use in another sense), but its forms
// in the list meet: "costs" is "cost", "prices" and "pricing" are "price" (the shortest form of the list with its stem).
const metricForms: ReadonlyMap<string, string> = (() => {
  const shortest = new Map<string, string>();
  for (const word of METRIC_WORDS) {
    const stem = stemWord(word);
    const held = shortest.get(stem);
    if (held === undefined || word.length < held.length) shortest.set(stem, word);
  }
  return new Map([...METRIC_WORDS].map((word) => [word, shortest.get(stemWord(word)) ?? word]));
})();

const IRREGULAR_METRIC_FORMS: Record<string, string> = { paid: 'pay' };

/**
 * The metric form of a word: its own (see metricForms), or that of the metric word it inflects ("pays", "paying" and
 * "paid" are "pay"; "costing" is "cost"), so a question's "pay" meets an article's "paying". Only inflections: "found"
 * is no form of "founded".
 */
const metricFormOf = memoise((word: string): string | undefined => {
  const own =
    metricForms.get(word) ??
    (IRREGULAR_METRIC_FORMS[word] && metricForms.get(IRREGULAR_METRIC_FORMS[word])) ??
    // "advertiser" is one of the "advertisers" the list names.
    metricForms.get(`${word}s`);
  if (own) return own;
  for (const base of inflectionBases(word)) {
    const form = metricForms.get(base);
    if (form) return form;
  }
  return undefined;
}, 20_000);

function inflectionBases(word: string): string[] {
  const ending = /^(.{2,}?)(ies|ied|es|s|ing|ed)$/.exec(word);
  if (!ending) return [];
  const [, stem, suffix] = ending;
  if (suffix === 'ies' || suffix === 'ied') return [`${stem}y`];
  if (suffix === 'es') return [stem, `${stem}e`];
  if (suffix === 's') return stem.endsWith('s') ? [] : [stem];
  // "costing", "pricing" (price), "budgeted", "shipped" (ship).
  const undoubled = /(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...undoubled];
}

/** Greedy longest-first phrase matching of aliases over a run of latin words. */
function matchPhrases(words: string[], lexicon: Lexicon): Term[] {
  const stems = words.map(stemWord);
  const terms: Term[] = [];
  let i = 0;
  const phraseAt = (at: number) =>
    lexicon.phrases
      .get(stems[at])
      ?.find(
        (p) =>
          p.words.every((w, k) => stems[at + k] === w) &&
          (!p.exact || p.exact === words[at] || `${p.exact}s` === words[at]),
      );
  while (i < words.length) {
    const phrase = phraseAt(i);
    // "the State Administration ...": "the States" starts first, but a longer name starting inside it wins.
    const overlapped =
      phrase &&
      Array.from({ length: phrase.words.length - 1 }, (_, k) => phraseAt(i + k + 1)).some(
        (later, k) =>
          later && later.words.length + k + 1 > phrase.words.length && later.words.length > phrase.words.length,
      );
    if (phrase && !overlapped) {
      // "other giants besides XHS", "apart from the data issue": what is set aside is not what is asked about. So is
      // a name that only says which article or link is meant ("the RedNote article", "this <link> about RedNote").
      const before = words[i - 1] === 'the' ? i - 1 : i;
      const setAside =
        SETTING_ASIDE.has(words[before - 1]) || SETTING_ASIDE.has(`${words[before - 2]} ${words[before - 1]}`);
      const namesTheArticle =
        isEntityTerm(phrase.concept) &&
        ((ARTICLE_DETERMINERS.has(words[i - 1]) && ARTICLE_NOUNS.has(words[i + phrase.words.length])) ||
          (words[i - 1] === 'about' && POINTERS.has(words[i - 2])));
      if (setAside || namesTheArticle) {
        i += phrase.words.length;
        continue;
      }
      const surface = words.slice(i, i + phrase.words.length).join(' ');
      // "Singapore-based analysts", "a US retail giant", "which American company": a name that describes something
      // else, like a demonym. It is read as a concept: it neither narrows a figure nor must be in the answer.
      const [next, after] = words.slice(i + phrase.words.length, i + phrase.words.length + 2);
      const describes =
        next === 'based' || DESCRIBED_NOUNS.has(next) || (DESCRIBING_WORDS.has(next) && DESCRIBED_NOUNS.has(after));
      const kind = isEntityTerm(phrase.concept) && !describes ? 'entity' : 'concept';
      terms.push({ term: phrase.concept, kind, surface });
      i += phrase.words.length;
      continue;
    }
    const word = words[i];
    if (/^\d/.test(word))
      terms.push({ term: word.includes('/') ? `#${word}` : `#${Number(word)}`, kind: 'number', surface: word });
    else if (!ENGLISH_STOPWORDS.has(word) && word.length > 1)
      // A metric word keeps its own form: "founded" is not "found", which the pack may use in another sense.
      terms.push({ term: metricFormOf(word) ?? stems[i], kind: 'word', surface: word });
    i += 1;
  }
  return terms;
}

function matchCjk(run: string, lexicon: Lexicon): Term[] {
  const terms: Term[] = [];
  let rest = run;
  for (const alias of lexicon.cjk) {
    if (!rest.includes(alias.text)) continue;
    terms.push({
      term: alias.concept,
      kind: isEntityTerm(alias.concept) ? 'entity' : 'concept',
      surface: alias.text,
    });
    rest = rest.split(alias.text).join(' ');
  }
  for (const metric of CJK_METRIC_WORDS) {
    if (!rest.includes(metric)) continue;
    terms.push({ term: metric, kind: 'cjk', surface: metric });
    rest = rest.split(metric).join(' ');
  }
  for (const part of rest.split(' ')) {
    if (part === '') continue;
    for (const word of segmentCjk(part)) {
      // A lone character left over after aliases are cut out is a particle or a fragment ("怎么样" -> "样"), not a topic.
      if (word.length > 1 && !CHINESE_STOPWORDS.has(word)) terms.push({ term: word, kind: 'cjk', surface: word });
    }
  }
  return terms;
}

/** What an unknown word (in no entry at all) says about the question: see score.ts for how each counts. */
export function unknownWordKind(
  surface: string,
  kind: TermKind,
  packWords: ReadonlySet<string>,
  /** Words the asker capitalised inside a sentence (see capitalised.ts): names even if also English words. */
  capitalised: ReadonlySet<string> = new Set(),
  /** How many more words of this question may be tried as a misspelt English word (see TYPO_CHECKS). */
  typoChecks: { left: number } = { left: TYPO_CHECKS },
): 'metric' | 'name' | 'everyday' | 'cjk' | 'number' {
  // A year, a decimal or an amount ("2019", "4.5", "$1000") the pack never states is another figure; small whole
  // numbers ("top 3", "2 countries") are just counting words.
  if (kind === 'number') return /\./.test(surface) || Number(surface) >= 100 ? 'number' : 'everyday';
  if (kind === 'cjk') return CJK_METRIC_WORDS.includes(surface) ? 'metric' : isCjkPlaceName(surface) ? 'name' : 'cjk';
  if (METRIC_WORDS.has(surface)) return 'metric';
  if (ORDINAL_WORDS.has(surface)) return 'number';
  // "before our Monday sync": the chat around a question is no name, however it is written (see chat-words.ts).
  if (packWords.has(surface) || CHAT_WORDS.has(surface)) return 'everyday';
  if (capitalised.has(surface)) return 'name';
  // "usd to myr": a currency the pack's figures are not in is a figure it does not give. "All", "top" and "cup"
  // are codes too, but English words first.
  if (isTypedCurrencyCode(surface) && !isEnglishWord(surface)) return 'metric';
  // "uk", "uae": short, yet places.
  if (isPlaceName(surface)) return 'name';
  // "nba", "fbi", "cdc": an organisation's initials, however short (before the abbreviation rule below).
  if (isKnownName(surface)) return 'name';
  // "ps5" where the briefing has "ps4", "q3" where it has "q2": the same name with another number is another product
  // or period, which the briefing does not cover.
  if (isOtherNumbering(surface, packWords)) return 'name';
  // Short, digit-bearing or vowel-less tokens ("nxt", "q3", "smth", "thx") are abbreviations, not names.
  if (surface.length <= 3 || /\d/.test(surface) || !/[aeiouy]/.test(surface)) return 'everyday';
  if (isMisspeltStopword(surface)) return 'everyday';
  // "doin", "sayin": a dropped final g is chat, not a name.
  if (
    isEnglishWord(surface) ||
    // "toolchain", "dealbreaker": a compound of a word the pack uses. "albertsons", "dropbox", "beaglebone" join English
    // words too, but none the article uses: another company, not chat. Drafted sets: 5 more near misses declined.
    isCompoundEnglishWord(surface, (half) => packWords.has(half)) ||
    (surface.endsWith('in') && isEnglishWord(`${surface}g`)) ||
    isInflectedEnglishWord(surface) ||
    (typoChecks.left-- > 0 && (isSwappedEnglishWord(surface) || isShortOfEnglishWord(surface)))
  )
    return 'everyday';
  return 'name';
}

/** Letters and digits, where the pack writes the same letters with other digits ("ps5" and "ps4"). */
function isOtherNumbering(surface: string, packWords: ReadonlySet<string>): boolean {
  if (!/^[a-z]+\d+[a-z]*$/.test(surface)) return false;
  const shape = surface.replace(/\d+/, '#');
  for (const word of packWords)
    if (word !== surface && /\d/.test(word) && word.replace(/\d+/, '#') === shape) return true;
  return false;
}

/**
 * Words of one question tried as typos of English words: each try costs up to ~250 dictionary look-ups, and a pasted
 * page of unknown words would pay that for every word (a 4,000-character one took 60 ms). A real question has a few.
 */
export const TYPO_CHECKS = 12;

/**
 * "happend", "involvd": a long English word missing one letter. Six letters at least: a shorter name is too often one
 * letter short of some English word ("biden", "bidden").
 */
function isShortOfEnglishWord(word: string): boolean {
  if (word.length < 6 || word.length >= LONGEST_ENGLISH_WORD) return false;
  for (let i = 1; i <= word.length; i++)
    for (let c = 97; c <= 122; c++)
      if (isEnglishWord(word.slice(0, i) + String.fromCharCode(c) + word.slice(i))) return true;
  return false;
}

/** "onboarding", "upskilled": an English word with an ending the word list does not spell out. */
function isInflectedEnglishWord(word: string): boolean {
  if (word.length > LONGEST_ENGLISH_WORD + 3) return false;
  const base = /^(.{4,}?)(?:ing|ed|er|ers|s)$/.exec(word)?.[1];
  return base !== undefined && (isEnglishWord(base) || isEnglishWord(`${base}e`));
}

/**
 * "invovled", "govenrment": two letters swapped in an English word, the commonest typo. Only swaps: a name is
 * often one letter from some English word ("biden", "bidden"), almost never two swapped letters from one.
 */
function isSwappedEnglishWord(word: string): boolean {
  if (word.length < 5 || word.length > LONGEST_ENGLISH_WORD) return false;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    if (isEnglishWord(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}
