import { readFileSync } from 'node:fs';

// People's names, organisations and places that are not English words ("microsoft", "hillary", "houston"), from
// compromise's lexicon (scripts/known-names.ts writes the list). Typed in lower case they look like any word the
// English list lacks, and the English checks read some as two English words ("micro" + "soft", "hill" + "ary"):
// this list says they are names, so a question about one the briefing never mentions is declined, not answered
// loosely.

// Read on first use, not at start-up (the start-up budget is 300 ms; reading the list takes 1-2 ms).
let names: Set<string> | undefined;

export function isKnownName(word: string): boolean {
  names ??= new Set<string>(JSON.parse(readFileSync(new URL('./known-names.json', import.meta.url), 'utf8')));
  return names.has(word);
}
