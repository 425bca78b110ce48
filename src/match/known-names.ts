import { wordListOnFirstUse } from './word-list.js';

// People's names, organisations and places that are not English words ("microsoft", "hillary", "houston"), from
// compromise's lexicon (scripts/known-names.ts writes the list). Typed in lower case they look like any word the
// English list lacks, and the English checks read some as two English words ("micro" + "soft", "hill" + "ary"):
// this list says they are names, so a question about one the briefing never mentions is declined, not answered
// loosely.

const names = wordListOnFirstUse(new URL('./known-names.json', import.meta.url));

export function isKnownName(word: string): boolean {
  return names().has(word);
}
