import { createRequire } from 'node:module';

// Tells an English word ("presentation", "weather") from a name or a string of letters the pack has never
// seen ("shopee", "asdfgh"). An unknown English word matters a little; an unknown name is a topic the
// briefing lacks (another company, another place), so a question about it must not get a loosely related answer.

// 275,000 words, sorted: a binary search over the parsed array starts four times faster than building a Set.
const englishWords: readonly string[] = createRequire(import.meta.url)('an-array-of-english-words/index.json');

export function isEnglishWord(word: string): boolean {
  let low = 0;
  let high = englishWords.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const probe = englishWords[mid];
    if (probe === word) return true;
    if (probe < word) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

// Business metrics people ask about. When one of these is in a question but nowhere in the pack, the
// briefing does not give that number, and answering with a different metric would be the classic wrong answer.
export const METRIC_WORDS: ReadonlySet<string> = new Set(
  `revenue revenues profit profits profitability income earnings earn earned earns loss losses margin margins
  valuation valued worth funding raised ipo stock stocks price prices pricing cost costs paid pay salary salaries
  employees employee staff headcount workforce downloads download installs subscribers subscriber followers dau mau
  visitors traffic population gdp inflation unemployment tax taxes fines penalty budget spending investment
  investments dividend debt capitalization`
    .split(/\s+/)
    .filter(Boolean),
);
