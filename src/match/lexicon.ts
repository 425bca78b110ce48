import { stemmer } from 'stemmer';
import type { Aliases } from '../knowledge/schema.js';
import { isEnglishWord } from './common-words.js';
import { memoise } from './memoise.js';
import { normaliseText } from './normalise.js';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

// The pack's aliases compiled for matching: every other name of an entity and every synonym of a domain word
// maps to one concept term (@entity, ~synonym), so "RedNote", "XHS" and "小红书" all count as one thing.

export type Lexicon = {
  /** Latin phrases as stemmed word sequences, keyed by their first word, longest first. */
  phrases: Map<string, AliasPhrase[]>;
  /** CJK alias strings, longest first, matched as substrings of CJK runs. */
  cjk: { text: string; concept: string }[];
  /** The name a person reads for each concept ("@tiktok-shop" -> "TikTok Shop"). */
  names: Map<string, string>;
  /**
   * Capitalised aliases that are everyday words in lower case ("US", "MY"): they name the concept only when
   * typed in capitals, so "tell us" is not about the United States. Each is swapped for its placeholder word.
   */
  capitalOnly: { pattern: RegExp; placeholder: string; term: string }[];
  /** Concepts a matching entry must also name (entities always; synonyms marked must_match). */
  mustMatch: Set<string>;
  /** Entity -> the entity it is part of (@tiktok-shop -> @tiktok): naming the part also names the whole. */
  partOf: Map<string, string>;
  /** Entity -> the concepts that describe it (@tiktok -> ~short-video): an entry naming it also has them. */
  describedBy: Map<string, string[]>;
};

/**
 * An alias as the stems of its words. A one-word name whose stem is another word ("Times" -> "time", "Jobs" -> "job",
 * "Manning" -> "man") is matched only as written (`exact`), so "at the time" does not name the newspaper.
 */
export type AliasPhrase = { words: string[]; concept: string; exact?: string };

export const entityTerm = (id: string) => `@${id}`;
export const synonymTerm = (id: string) => `~${id}`;
export const isEntityTerm = (term: string) => term.startsWith('@');
export const isConceptTerm = (term: string) => term.startsWith('@') || term.startsWith('~');

// The pack repeats its words thousands of times while the index is built: each is stemmed once.
const stem = memoise(stemmer, 50_000);

/** Stems an English word; numbers and words of three letters or fewer (often abbreviations: "tts") pass through. */
export function stemWord(word: string): string {
  return /^[a-z]{4,}$/.test(word) ? stem(word) : word;
}

const CAPITAL_PLACEHOLDER = 'capitalalias';

/** The word a capital-only alias is swapped for in analysed text (see Lexicon.capitalOnly): no word of the pack. */
export const isCapitalPlaceholder = (word: string) => word.startsWith(CAPITAL_PLACEHOLDER);

/**
 * "US", "MY", "SAFE": in lower case these are everyday words; "SEA" and "XHS" are typed in lower case too. "The
 * Times", "The Independent": in lower case an everyday phrase ("at the time"), so the name needs its capital. Where
 * such an alias is written (as is, or with a lower-case "the": "joined the Times"); undefined for any other alias.
 */
function capitalOnlyPattern(term: string): RegExp | undefined {
  const the = /^The ([A-Z][a-z]+)$/.exec(term);
  if (the) return isEnglishWord(the[1].toLowerCase()) ? new RegExp(`\\b[Tt]he ${the[1]}\\b`, 'g') : undefined;
  if (!/^[A-Z]{2,5}$/.test(term)) return undefined;
  const lower = term.toLowerCase();
  const everyday = ENGLISH_STOPWORDS.has(lower) || (lower.length >= 4 && isEnglishWord(lower));
  return everyday ? new RegExp(`\\b${term}\\b`, 'g') : undefined;
}

export function buildLexicon(aliases: Aliases): Lexicon {
  const phrases: AliasPhrase[] = [];
  const cjk: Lexicon['cjk'] = [];
  const names = new Map<string, string>();
  const capitalOnly: Lexicon['capitalOnly'] = [];
  const add = (concept: string, name: string, terms: string[], entity: boolean) => {
    names.set(concept, name);
    for (const term of [name, ...terms]) {
      const pattern = capitalOnlyPattern(term);
      if (pattern) {
        const placeholder = `${CAPITAL_PLACEHOLDER}${capitalOnly.length}`;
        capitalOnly.push({ pattern, placeholder, term });
        phrases.push({ words: [placeholder], concept });
        continue;
      }
      const tokens = tokenize(normaliseText(term));
      if (tokens.length === 0) continue;
      if (tokens.every((t) => t.cjk)) cjk.push({ text: tokens.map((t) => t.text).join(''), concept });
      else if (tokens.every((t) => !t.cjk)) {
        const words = tokens.map((t) => stemWord(t.text));
        const exact = entity && tokens.length === 1 && words[0] !== tokens[0].text ? tokens[0].text : undefined;
        phrases.push(exact ? { words, concept, exact } : { words, concept });
      } else {
        // Mixed script ("TikTok小店"): its latin words still find the concept, its CJK part alone would not.
        const latin = tokens.filter((t) => !t.cjk);
        phrases.push({ words: latin.map((t) => stemWord(t.text)), concept });
      }
    }
  };
  for (const group of aliases.entities) add(entityTerm(group.id), group.name, group.terms, true);
  for (const group of aliases.synonyms) add(synonymTerm(group.id), group.name, group.terms, false);
  const mustMatch = new Set([
    ...aliases.entities.map((g) => entityTerm(g.id)),
    ...aliases.synonyms.filter((g) => g.must_match).map((g) => synonymTerm(g.id)),
  ]);
  phrases.sort((a, b) => b.words.length - a.words.length);
  cjk.sort((a, b) => b.text.length - a.text.length);
  const byFirstWord = new Map<string, AliasPhrase[]>();
  for (const phrase of phrases) {
    const list = byFirstWord.get(phrase.words[0]) ?? [];
    list.push(phrase);
    byFirstWord.set(phrase.words[0], list);
  }
  const partOf = new Map(
    aliases.entities.flatMap((g) => (g.part_of ? [[entityTerm(g.id), entityTerm(g.part_of)] as const] : [])),
  );
  const describedBy = new Map(
    aliases.entities.flatMap((g) =>
      g.described_by ? [[entityTerm(g.id), g.described_by.map(synonymTerm)] as const] : [],
    ),
  );
  return { phrases: byFirstWord, cjk, names, capitalOnly, mustMatch, partOf, describedBy };
}
