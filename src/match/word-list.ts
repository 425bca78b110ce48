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
