import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { isEnglishWord } from '../src/match/common-words.js';

// Writes src/match/known-names.json: the single-word people's names, organisations and places in compromise's
// lexicon (about 4,700 once English words are left out), for telling "microsoft" or "hillary" typed in lower case
// from an English word; and src/ingest/first-names.json, its given names (about 3,200), by which kb:new tells a
// person ("Trent Hamm") from a thing of the same shape ("Western Wall"). Run after upgrading compromise:
// `npm run data:names`. The bot reads only the JSON, so compromise (300 ms to load) stays out of start-up.

const NAME_TAGS = new Set([
  'FemaleName',
  'MaleName',
  'FirstName',
  'LastName',
  'Person',
  'Organization',
  'SportsTeam',
  'City',
  'Country',
  'Region',
  'Place',
]);

// The lexicon is compromise's own data; its types describe the model only as `object`.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The lexicon's words whose tags pass, sorted. */
function wordsWhere(keep: (word: string, tags: string[]) => boolean): string[] {
  return Object.entries(lexicon)
    .filter(([word, tags]) => keep(word, [tags].flat()))
    .map(([word]) => word)
    .sort();
}

/** One word a line, as the formatter (Biome) lays the file out, so a rerun with no new words changes nothing. */
function writeWords(path: string, words: string[], what: string): void {
  const file = new URL(path, import.meta.url);
  writeFileSync(file, `${JSON.stringify(words, null, 2)}\n`);
  console.log(`${words.length} ${what} -> ${file.pathname}`);
}

// An English word in lower case ("bill", "china", "twitter") is read as English; "jo" and "al" are too short to tell.
// An organisation's initials ("nba", "fbi", "cdc") are names however short, unless an abbreviation ("inc").
const names = wordsWhere(
  (word, tags) =>
    tags.some((tag) => NAME_TAGS.has(tag)) &&
    !isEnglishWord(word) &&
    (/^[a-z]{4,}$/.test(word) ||
      (/^[a-z]{2,3}$/.test(word) && tags.includes('Organization') && !tags.includes('Abbreviation'))),
);
writeWords('../src/match/known-names.json', names, 'names');

const FIRST_NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName']);
const firstNames = wordsWhere((word, tags) => /^[a-z]{3,}$/.test(word) && tags.some((tag) => FIRST_NAME_TAGS.has(tag)));
writeWords('../src/ingest/first-names.json', firstNames, 'first names');
