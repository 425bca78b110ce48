import type { NotStated, Pack } from '../knowledge/schema.js';
import { stemWord } from './lexicon.js';
import { normaliseText } from './normalise.js';
import { eachToken } from './tokenize.js';

// "Who else invested in the new TikTok entity?" matches the stake entry, whose answer is about something else: the
// article never says who the other investors are. Curators list such details per entry (not_stated); a question
// that asks for one gets "the article doesn't say" rather than the entry's answer. A pack-wide detail (scope: pack,
// or listed by no entry) answers any question that asks for it ("when will the deal close?"), whatever it matches.

export type Phrase = { words: string[]; cjk: string };

type ReadDetail = { phrases: Phrase[]; detail: NotStated };

export type NotStatedIndex = {
  /** Per entry: the details it lists. */
  entries: ReadDetail[][];
  /** Details any question may ask for. */
  packWide: ReadDetail[];
};

/** A detail a question asks for, and the phrase of its `asks` that the asking sentence contains. */
export type AskedDetail = { detail: NotStated; phrase: string; scope: 'entry' | 'pack' };

export function buildNotStatedIndex(pack: Pack): NotStatedIndex {
  const details = new Map(
    pack.notStated.map((detail) => [detail.id, { detail, phrases: detail.asks.map(readPhrase) }]),
  );
  const listed = new Set(pack.entries.flatMap((entry) => entry.not_stated));
  return {
    entries: pack.entries.map((entry) => entry.not_stated.flatMap((id) => details.get(id) ?? [])),
    packWide: [...details.values()].filter(({ detail }) => isPackWide(detail, listed)),
  };
}

/** A detail declared `scope: pack`, or one no entry lists (it could never be asked otherwise). */
export function isPackWide(detail: NotStated, listed: ReadonlySet<string>): boolean {
  return detail.scope === 'pack' || !listed.has(detail.id);
}

/** A detail's `asks` phrase with how the matchers read it: read once, for every text it is tried on. */
export type ReadAsk = { phrase: string; read: Phrase };

export function readAsks(asks: readonly string[]): ReadAsk[] {
  return asks.map((phrase) => ({ phrase, read: readPhrase(phrase) }));
}

/**
 * For kb:check: a matcher for one detail's `asks` that returns the first phrase found as a run of words in a text
 * read by readPhrase (the entry's own phrasings must contain none).
 */
export function asksMatcher(
  asks: readonly ReadAsk[],
  within?: ReadonlySet<string>,
): (text: Phrase) => string | undefined {
  // `within`: every word of the texts it will be tried on. A phrase needing another word cannot be found in any of them,
  // and most of a detail's phrases are such (each entry's phrasings are tried on every detail it lists, at each start).
  const possible = within ? asks.filter(({ read }) => read.cjk || read.words.every((w) => within.has(w))) : asks;
  return (text) => possible.find(({ read }) => contains(text, read))?.phrase;
}

/** For kb:check: many texts read by readPhrase, indexed by word, to find the ones a detail's phrases occur in. */
export type PhraseIndex = { texts: readonly Phrase[]; byWord: ReadonlyMap<string, number[]> };

export function indexPhrases(texts: readonly Phrase[]): PhraseIndex {
  const byWord = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const word of text.words) {
      const postings = byWord.get(word);
      if (!postings) byWord.set(word, [i]);
      // A word twice in one text is posted once.
      else if (postings[postings.length - 1] !== i) postings.push(i);
    }
  });
  return { texts, byWord };
}

/**
 * The first of the indexed texts that contains one of the phrases, as asksMatcher finds them. Only the texts using a
 * phrase's rarest word are tried: a pack-wide detail is checked against every phrasing of every entry, at every start.
 */
export function firstContaining(index: PhraseIndex, asks: readonly ReadAsk[]): number | undefined {
  let first: number | undefined;
  for (const { read } of asks) {
    const postings = read.cjk || read.words.length === 0 ? undefined : rarest(index, read.words);
    const candidates = postings ?? index.texts.keys();
    for (const i of candidates) {
      if (first !== undefined && i >= first) break;
      if (contains(index.texts[i], read)) {
        first = i;
        break;
      }
    }
  }
  return first;
}

function rarest(index: PhraseIndex, words: readonly string[]): readonly number[] {
  let best: readonly number[] | undefined;
  for (const word of words) {
    const postings = index.byWord.get(word) ?? [];
    if (!best || postings.length < best.length) best = postings;
  }
  return best ?? [];
}

/** The detail of this entry that the question asks for, if any. */
export function askedNotStated(index: NotStatedIndex, entry: number, question: string): AskedDetail | undefined {
  return findAsked(index.entries[entry], readPhrase(question), 'entry');
}

/** The pack-wide detail the question asks for, if any, whatever entry it matches. */
export function askedPackWide(index: NotStatedIndex, question: string): AskedDetail | undefined {
  return index.packWide.length === 0 ? undefined : findAsked(index.packWide, readPhrase(question), 'pack');
}

function findAsked(details: ReadDetail[], asked: Phrase, scope: AskedDetail['scope']): AskedDetail | undefined {
  for (const { detail, phrases } of details) {
    const at = phrases.findIndex((p) => contains(asked, p));
    if (at >= 0) return { detail, phrase: detail.asks[at], scope: detail.scope === 'pack' ? 'pack' : scope };
  }
  return undefined;
}

/** A text as the matchers read it: stemmed latin words in order, and its CJK runs. */
export function readPhrase(text: string): Phrase {
  // Without a token object each: every phrasing of every briefing is read at start.
  const words: string[] = [];
  const cjk: string[] = [];
  eachToken(normaliseText(text), (token, isCjk) => {
    if (isCjk) cjk.push(token);
    else words.push(stemWord(token));
  });
  return { words, cjk: cjk.join(' ') };
}

/** A run of the phrase's words in the question, in order (stopwords too: "which conference" is not "the conference"). */
function contains(question: Phrase, phrase: Phrase): boolean {
  if (phrase.cjk) return phrase.words.length === 0 && question.cjk.includes(phrase.cjk);
  const { words } = phrase;
  const asked = question.words;
  // A plain scan: texts are a sentence long, and kb:check runs this on every phrasing of every entry at each start.
  scan: for (let i = 0; i + words.length <= asked.length; i++) {
    for (let k = 0; k < words.length; k++) if (asked[i + k] !== words[k]) continue scan;
    return true;
  }
  return false;
}
