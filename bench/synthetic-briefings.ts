import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { isEnglishWord } from '../src/match/common-words.js';

// N briefings of the first pack's size for the catalogue benchmark, written as real pack folders so the loader, the
// validation and the watcher are measured too. Each is the shipped pack with every name (each word of its entity
// aliases that is not an everyday English word) swapped for an invented one, consistently across all its files:
// the same shape and size, the same everyday vocabulary, a vocabulary of names of its own. Deterministic.

const SYLLABLES = ['zen', 'tra', 'vo', 'lux', 'mar', 'kel', 'dio', 'pra', 'sol', 'qui', 'ner', 'bax', 'tor', 'lim'];

export type SyntheticBriefing = { dir: string; id: string; rename: (text: string) => string };

/** The words of a pack's names to swap: "TikTok", "Xiaohongshu", "Momentum" (not "Shop", "Works", "State"). */
async function nameWords(packDir: string): Promise<string[]> {
  const aliases = parse(await readFile(path.join(packDir, 'aliases.yaml'), 'utf8')) as {
    entities: { name: string; terms: string[] }[];
  };
  const words = new Set<string>();
  for (const group of aliases.entities)
    for (const text of [group.name, ...group.terms])
      for (const word of text.match(/[A-Za-z]{3,}/g) ?? [])
        if (!isEnglishWord(word.toLowerCase())) words.add(word.toLowerCase());
  return [...words].sort((a, b) => b.length - a.length);
}

function inventedWord(copy: number, index: number): string {
  let n = copy * 1000 + index;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${word}x`;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export async function writeSyntheticBriefings(base: string, into: string, count: number): Promise<SyntheticBriefing[]> {
  const names = await nameWords(base);
  const files = (await readdir(base)).filter((file) => !file.startsWith('.'));
  const texts = new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(path.join(base, f), 'utf8')] as const)),
  );
  const baseId = (parse(texts.get('pack.yaml') ?? '') as { id: string }).id;
  const written: SyntheticBriefing[] = [];
  for (let copy = 0; copy < count; copy++) {
    const map = new Map(names.map((word, i) => [word, inventedWord(copy, i)]));
    const pattern = new RegExp(`(?<![A-Za-z])(${names.join('|')})(?![A-Za-z])`, 'gi');
    const rename = (text: string) =>
      text.replace(pattern, (found) => matchCase(found, map.get(found.toLowerCase()) ?? found));
    const id = `synthetic-${String(copy).padStart(3, '0')}`;
    const dir = path.join(into, id);
    await mkdir(dir, { recursive: true });
    for (const [file, text] of texts) {
      let out = rename(text);
      if (file === 'pack.yaml')
        out = out.replace(`id: ${baseId}`, `id: ${id}`).replace('title: "', `title: "Synthetic ${copy}: `);
      await writeFile(path.join(dir, file), out);
    }
    written.push({ dir, id, rename });
  }
  return written;
}
