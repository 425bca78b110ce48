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
    const probe = words.slice(start, words.indexOf('"', start));
    if (probe === word) return true;
    if (probe < word) low = start + probe.length;
    else high = mid;
  }
  return false;
}

// Business metrics people ask about. When one of these is in a question but nowhere in the pack, the
// briefing does not give that number, and answering with a different metric would be the classic wrong answer.
export const METRIC_WORDS: ReadonlySet<string> = new Set(
  `revenue revenues profit profits profitability income earnings earn earned earns loss losses margin margins
  valuation valued worth funding ipo stock stocks price prices pricing cost costs paid pay salary salaries
  employees employee staff headcount workforce downloads download installs subscribers subscriber followers dau mau
  visitors traffic population gdp inflation unemployment tax taxes fines penalty budget spending investment
  investments dividend debt capitalization tariff tariffs duties founder founders founded cofounder cofounders
  headquarters headquartered hq advertising advertisers advertisement adverts ads fined election elections presidential
  vote votes voted budgeted userbase rating ratings exchangerate yuan renminbi rmb ringgit rupiah baht peso pesos rupee
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

/** "policymaker", "livestream": two English words run together are an English word, not a name. */
export function isCompoundEnglishWord(word: string): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    if (isEnglishWord(word.slice(0, cut)) && isEnglishWord(word.slice(cut))) return true;
  }
  return false;
}
