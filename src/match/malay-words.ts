import { isEnglishWord } from './common-words.js';
import { escapeRegExp } from './escape-regexp.js';
import { CHECKED_WORDS, MALAY_WORDS } from './malay-glossary.js';
import { isPlaceName } from './place-names.js';

// Teams in the region ask in Malay and Indonesian as well as English and Chinese ("Siapa Jian Xu?", "berapa saham
// TikTok di Tokopedia"). A question in either is read as the English it says, word for word, before it is matched,
// so it reaches the same entries in any pack with no pack rule. Reading word for word is rough, but matching weighs
// words, not grammar. Both languages build words from a root with a few regular affixes (larang "ban" -> melarang,
// dilarang, larangan), so a word the glossary lacks is looked up by its root as a stemmer for either would find it.

/**
 * Words that only a Malay or Indonesian question uses: one of them makes a question read as Malay. Words that are
 * also English ("dan", "di", "kata", "yang"), a common name or acronym in English text ("ada", "baru", "tim", "dana")
 * or the start of a place name ("Kota Kinabalu", "Bandar Seri Begawan") never decide it, so an English question is
 * read as it is (tests check every English question of the eval sets).
 */
const NOT_MARKERS = new Set([
  'ada',
  'hai',
  'baru',
  'kita',
  'rapat',
  'tu',
  'ia',
  'ke',
  'di',
  'tim',
  'dana',
  'hari',
  'kat',
  'kota',
  'bandar',
  'negeri',
  'pusat',
  'mitra',
  'sama',
  'je',
  'ni',
  'lah',
  'kah',
  'deh',
  'dong',
  'kok',
  'sih',
  'pun',
  'org',
  'sy',
  'jd',
  'kos',
  'apl',
  'isu',
  // English typos as much as Malay words.
  'bilion',
  'trilion',
]);
/**
 * Short words of the general list ("hr", "dr", "x", "yg") are as often an English abbreviation, a name or a typo, so
 * only the checked list's short words decide; so does no country name ("cuba" is also Malay for "try").
 */
const MARKER_LENGTH = 4;
const MARKERS: ReadonlySet<string> = new Set(
  Object.keys(MALAY_WORDS).filter(
    (key) =>
      !key.includes(' ') &&
      !NOT_MARKERS.has(key) &&
      !isEnglishWord(key) &&
      !isPlaceName(key) &&
      (key.length >= MARKER_LENGTH || CHECKED_WORDS[key] !== undefined),
  ),
);

// Affixes, as the standard stemmers for Indonesian and Malay strip them (Nazief-Adriani): particles, then
// possessives, then derivational suffixes, then prefixes. A nasal prefix swallowed the root's first letter
// (menarik <- tarik, memakai <- pakai, mengirim <- kirim, menyimpan <- simpan), so both readings are tried. Spoken
// Jakarta Indonesian, as chat is typed, has its own: a bare nasal for me- (nyuruh <- suruh, nerima <- terima,
// ngembangin <- kembang) and -in for -kan (ditawarin <- tawar).
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'in', 'i'];
const PREFIXES: readonly (readonly [string, string])[] = [
  ['memper', ''],
  ['menge', ''],
  ['meny', 's'],
  ['meng', ''],
  ['meng', 'k'],
  ['mem', ''],
  ['mem', 'p'],
  ['men', ''],
  ['men', 't'],
  ['me', ''],
  ['diper', ''],
  ['di', ''],
  ['ber', ''],
  ['be', ''],
  ['ter', ''],
  ['peny', 's'],
  ['peng', ''],
  ['peng', 'k'],
  ['pem', ''],
  ['pem', 'p'],
  ['pen', ''],
  ['pen', 't'],
  ['per', ''],
  ['pe', ''],
  ['ke', ''],
  ['se', ''],
  ['nge', ''],
  ['ny', 's'],
  ['ng', ''],
  ['ng', 'k'],
  ['n', 't'],
];
/** Prefixes that make a word of an English loan ("berbasis", "berfungsi" is not one: fungsi is Malay spelling). */
const LOAN_PREFIXES = ['ber', 'di', 'ter', 'me', 'men', 'mem', 'pe', 'per'];
const LOAN_ROOT = 5;
const MIN_ROOT = 3;

function withoutSuffixes(word: string): string[] {
  const forms = [word];
  for (const endings of [PARTICLES, POSSESSIVES, SUFFIXES]) {
    for (const form of [...forms]) {
      for (const ending of endings) {
        if (form.endsWith(ending) && form.length - ending.length >= MIN_ROOT) forms.push(form.slice(0, -ending.length));
      }
    }
  }
  return forms;
}

function rootOf(word: string): string | undefined {
  for (const form of withoutSuffixes(word)) {
    if (form !== word && MALAY_WORDS[form] !== undefined) return form;
    for (const [prefix, restored] of PREFIXES) {
      if (!form.startsWith(prefix)) continue;
      const root = restored + form.slice(prefix.length);
      if (root.length >= MIN_ROOT && !root.includes(' ') && MALAY_WORDS[root] !== undefined) return root;
    }
  }
  return undefined;
}

/** The glossary's own word for a word of the question, directly or through its root; English words are not roots. */
function glossaryWord(word: string): string | undefined {
  if (MALAY_WORDS[word] !== undefined) return word;
  if (word.length < MIN_ROOT + 2 || isEnglishWord(word)) return undefined;
  return rootOf(word);
}

/**
 * An English word given a Malay prefix, as loans are ("berbasis" -> "basis", "diupdate" -> "update"). Suffixes are
 * left alone: the English word list is long enough that a cut Malay word is often one ("berfungsi" -> "fungs").
 */
function loanRoot(word: string): string | undefined {
  if (isEnglishWord(word)) return undefined;
  for (const prefix of LOAN_PREFIXES) {
    const root = word.slice(prefix.length);
    if (word.startsWith(prefix) && root.length >= LOAN_ROOT && isEnglishWord(root)) return root;
  }
  return undefined;
}

const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}'-])(?:${Object.keys(MALAY_WORDS)
    .filter((key) => /[\s-]/.test(key))
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/ /g, '\\s+'))
    .join('|')}|[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}'-])`,
  'giu',
);
const WORD = /[\p{L}\p{N}]+/gu;
// Slack markup (<@U123>, <https://...|label>) is left as it is: the matcher reads it.
const MARKUP = /(<[^<>]*>)/;

/**
 * Words the briefing itself uses: a name such as Temu or Wang, or a place such as Jalan Ampang, that is also a Malay
 * word ("meet", "money", "road"). In an English article such a word is the article's, so it is never translated and
 * never makes a question Malay.
 */
export type KnownWord = (word: string) => boolean;
const NONE: KnownWord = () => false;

/**
 * True when a word of the text is one only Malay or Indonesian uses, as it is or by its root; but one such word in an
 * English sentence ("what does ngai tahu do with stranded whales") is a name, not the language of the question.
 */
export function isMalay(text: string, known: KnownWord = NONE): boolean {
  let markers = 0;
  let english = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (ENGLISH_QUESTION_WORDS.has(word)) english += 1;
    if (known(word)) continue;
    if (MARKERS.has(word)) markers += 1;
    else if (NOT_MARKERS.has(word) || MALAY_WORDS[word] !== undefined) continue;
    else {
      const root = glossaryWord(word);
      if (root !== undefined && root.length >= MARKER_LENGTH && MARKERS.has(root)) markers += 1;
    }
  }
  return markers > 1 || (markers === 1 && english < 2);
}

/** Words only an English question is built with: two of them around a lone Malay word make it English. */
const ENGLISH_QUESTION_WORDS = new Set(
  'what which who whom whose when where why how does did do is are was were the with about of a an can on'.split(' '),
);

function readPart(part: string, known: KnownWord): string {
  return part.replace(PHRASE, (found) => {
    // "pejabat AS": Indonesian writes the United States (Amerika Serikat) as AS, in capitals.
    if (found === 'AS') return 'US';
    const key = found.toLowerCase().replace(/\s+/g, ' ');
    if (known(key)) return found;
    const word = glossaryWord(key);
    if (word !== undefined) return MALAY_WORDS[word] ?? found;
    return key.includes(' ') ? found : (loanRoot(key) ?? found);
  });
}

/** A question in Malay or Indonesian as the English it says word for word; any other text as it is. */
export function readMalay(text: string, known: KnownWord = NONE): string {
  if (!isMalay(text, known)) return text;
  return text
    .split(MARKUP)
    .map((part) =>
      MARKUP.test(part)
        ? part
        : readPart(part, known)
            .replace(/ {2,}/g, ' ')
            .replace(/ ([?,.!])/g, '$1'),
    )
    .join('')
    .trim();
}
