import { readFileSync } from 'node:fs';

/**
 * A JSON array of words (written by a script in scripts/), read as a set on first use rather than at start-up: the
 * start-up budget is 300 ms and a list takes 1-2 ms.
 */
export function wordListOnFirstUse(file: URL): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | undefined;
  return () => {
    words ??= new Set<string>(JSON.parse(readFileSync(file, 'utf8')));
    return words;
  };
}

/**
 * A JSON array of lines "head word word ..." (derivations.json, agent-nouns.json, demonyms.json), read on first use as
 * a map from each line's first word to the rest.
 */
export function wordLinesOnFirstUse(file: URL): () => ReadonlyMap<string, readonly string[]> {
  let lines: ReadonlyMap<string, readonly string[]> | undefined;
  return () => {
    lines ??= new Map(
      (JSON.parse(readFileSync(file, 'utf8')) as string[]).map((line) => {
        const [head, ...rest] = line.split(' ');
        return [head, rest];
      }),
    );
    return lines;
  };
}
