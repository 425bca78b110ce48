import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Tells an English word ("presentation", "weather") from a name or a string of letters the pack has never
// seen ("shopee", "asdfgh"). An unknown English word matters a little; an unknown name is a topic the
// briefing lacks (another company, another place), so a question about it must not get a loosely related answer.

// 275,000 sorted words. Parsing them into an array costs ~65 ms of start-up; the file is already a sorted,
// compact JSON array, so the binary search runs over the raw text instead and start-up only reads the file.
// The words are plain a-z, so the file is read as latin1, which is a straight copy (utf8 decoding is twice as slow).
const words = compactWordList(
  readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words/index.json'), 'latin1'),
);

/**
 * The list as `["a","aa",...]` with nothing between entries but a comma (re-joined if a release pretty-prints it).
 * A pretty-printed file shows its spacing within the first entries, so only the head is looked at: scanning all
 * 3 MB for it took ~8 ms of start-up.
 */
function compactWordList(raw: string): string {
  const text = raw.trim();
  const head = text.slice(0, 2000);
  return /^\["[^"\s,]/.test(head) && !/",\s/.test(head) ? text : `["${JSON.parse(text).join('","')}"]`;
}

export function isEnglishWord(word: string): boolean {
  if (word === '' || /[",]/.test(word)) return false;
  const firstEnd = words.indexOf('"', 2);
  const first = words.slice(2, firstEnd);
  if (word <= first) return word === first;
  // Search over character offsets [low, high) where the word's entry may start; an entry starts after `,"`.
  let low = firstEnd;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const marker = words.indexOf(',"', mid - 2);
    const start = marker + 2;
    if (marker < 0 || start >= high) {
      high = mid;
      continue;
    }
    const order = compareEntry(start, word);
    if (order === 0) return true;
    if (order < 0) low = words.indexOf('"', start);
    else high = mid;
  }
  return false;
}

/**
 * The entry starting at `start` compared with `word` as strings compare (<0, 0, >0), read in place: taking each
 * probe out with slice() made a string per step, and unknown words of a long question made thousands of steps.
 */
function compareEntry(start: number, word: string): number {
  for (let i = 0; ; i++) {
    const code = words.charCodeAt(start + i);
    const entryEnded = code === QUOTE;
    if (i === word.length) return entryEnded ? 0 : 1;
    if (entryEnded) return -1;
    const difference = code - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}

const QUOTE = '"'.charCodeAt(0);

// Business metrics people ask about. When one of these is in a question but nowhere in the pack, the
// briefing does not give that number, and answering with a different metric would be the classic wrong answer.
export const METRIC_WORDS: ReadonlySet<string> = new Set(
  `revenue revenues profit profits profitable profitability fee fees income earnings earn earned earns loss losses margin margins
  valuation valued worth funding ipo stock stocks price prices pricing cost costs paid pay salary salaries
  employees employee staff headcount workforce downloads download installs subscribers subscriber followers dau mau
  visitors traffic population gdp inflation unemployment tax taxes fines penalty budget spending investment
  investments dividend debt capitalization tariff tariffs duties founder founders founded cofounder cofounders
  headquarters headquartered hq advertising advertisers advertisement adverts ads fined election elections presidential
  vote votes voted budgeted userbase rating ratings exchangerate takerate commissionrate conversionrate interestrate churnrate
  burnrate retentionrate aov yuan renminbi rmb ringgit rupiah baht peso pesos rupee
  rupees yen euro euros`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Xiaohongshu's third largest market": a rank the pack never states is another figure, like an unknown number. */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  'third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
);

/**
 * The same in Chinese, longest first. Intl.Segmenter splits several of them into single characters (营收 ->
 * 营 收), so they are found as substrings of a CJK run, the way CJK aliases are.
 */
export const CJK_METRIC_WORDS: readonly string[] =
  '营业收入 下载量 用户数 营收 收入 利润 亏损 市值 股价 估值 融资 员工 下载 活跃 月活 日活 粉丝 人口 税收 薪水 工资'
    .split(' ')
    .sort((a, b) => b.length - a.length);

/**
 * Longer than any word in the list (the longest is 28 letters; tests/match/common-words.test.ts checks the bound):
 * a part of a word longer than this is never an English word.
 */
export const LONGEST_ENGLISH_WORD = 45;

/**
 * "policymaker", "livestream": two English words run together, one of them a word `known` accepts (the pack's own), are
 * an English word, not a name. The first part has at least four letters: "bitcoin" and "youtube" are names, not "bit" +
 * "coin" (more-articles served together declined 74.7% -> 75.4%, no right answer lost).
 */
export function isCompoundEnglishWord(word: string, known: (half: string) => boolean): boolean {
  // Only cuts that leave both halves no longer than an English word: a 4,000-letter "word" has none to try (trying
  // all 4,000, two binary searches each, took 15 ms a call), a real word keeps all of its cuts.
  const first = Math.max(4, word.length - LONGEST_ENGLISH_WORD);
  const last = Math.min(word.length - 3, LONGEST_ENGLISH_WORD);
  for (let cut = first; cut <= last; cut++) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)];
    if (isEnglishWord(head) && isEnglishWord(tail) && (known(head) || known(tail))) return true;
  }
  return false;
}
