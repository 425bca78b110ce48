import { isEnglishWord } from './common-words.js';

// Countries, the words for their people, and the world's big cities. Some are everyday English words in lower case ("india", "turkey",
// "japan", "chad"), so the English-word test alone would let "is tiktok banned in india" through as an
// unknown-but-harmless word. A place the briefing never mentions is a topic it lacks.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every region name the runtime's CLDR data has in a language (codes it cannot name come back unchanged). */
function regionNames(language: string, style: 'long' | 'short' = 'long'): string[] {
  const names = new Intl.DisplayNames([language], { type: 'region', style });
  return [...LETTERS].flatMap((a) =>
    [...LETTERS].flatMap((b) => {
      const name = names.of(a + b);
      return name && name !== a + b ? [name] : [];
    }),
  );
}

/** Single-word region names, and the distinctive word of the others. */
function countryWords(): string[] {
  return regionNames('en')
    .filter((name) => !/\b(?:pseudo|unknown|outlying)\b/i.test(name))
    .flatMap((name) =>
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4 && !GENERIC.has(w)),
    );
}

const GENERIC = new Set(
  'island islands republic united states kingdom south north east west western northern central saint city sar territory territories union nations eurozone ocean british french american african caribbean equatorial herzegovina guinea'.split(
    ' ',
  ),
);

// Demonyms and other names CLDR does not list as regions, common in questions about markets.
const EXTRA = `turkey korea korean burma burmese indian filipino filipina philippine vietnamese thai japanese taiwanese
australian brazilian mexican russian canadian german italian spanish dutch swedish cambodian laotian bruneian
pakistani bangladeshi nigerian kenyan egyptian saudi emirati israeli iranian ukrainian polish turkish african
latin latam apac emea mena anz uk uae britain england scotland`;

/**
 * The cities of the runtime's IANA time zones ("Asia/Tokyo", "America/Sao_Paulo": some 400). A city that is also
 * an English word ("phoenix", "midway") is left out: unlike a country, it is more often the word than the place.
 */
function cityWords(): string[] {
  return Intl.supportedValuesOf('timeZone').flatMap((zone) =>
    zone
      .split('/')
      .slice(1)
      .join(' ')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !GENERIC.has(w) && !isEnglishWord(w)),
  );
}

const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...countryWords(),
  ...cityWords(),
  ...EXTRA.split(/\s+/).filter(Boolean),
]);

export function isPlaceName(word: string): boolean {
  return PLACE_WORDS.has(word);
}

// Read on first use: only drafting asks, and the lookups cost every start of the bot about 10 ms.
let regionNameSet: ReadonlySet<string> | undefined;

/** "South Sudan", "Costa Rica", "New Zealand": a country or territory by its whole name, as CLDR writes it. */
export function isRegionName(name: string): boolean {
  regionNameSet ??= new Set([...regionNames('en'), ...regionNames('en', 'short')].map((n) => n.toLowerCase()));
  return regionNameSet.has(name.toLowerCase());
}

/**
 * "the US", "AU and NZ", "the PRC": the initials prose writes countries with. Not every two-letter region code: in
 * articles "MP", "TV", "PM" and "PR" are far more often something else than the Northern Marianas or Tuvalu.
 */
const COUNTRY_INITIALS = 'US|USA|UK|EU|AU|NZ|HK|UAE|PRC|ROK|DPRK';
/** Names and their people's words that the one-word list leaves out, being generic words or English words first. */
const COUNTRY_PHRASES =
  'United States|United Kingdom|United Arab Emirates|America|Americans?|Chinese|British|French|Paris|Berlin|Beijing';
const COUNTRY_IN_PROSE = new RegExp(String.raw`\b(?:${COUNTRY_INITIALS}|${COUNTRY_PHRASES})\b`);

/**
 * "Pakistan-based", "a Kenyan court", "in Tokyo", "the United States": a text names a country, its people or one of
 * the world's big cities, as prose writes them: capitalised ("turkey" in lower case is the bird).
 */
export function namesCountry(text: string): boolean {
  if (COUNTRY_IN_PROSE.test(text)) return true;
  for (const [word] of text.matchAll(/(?<![\p{L}\p{N}])[A-Z][a-z]+/gu))
    if (isPlaceName(word.toLowerCase())) return true;
  return false;
}

// The same places in Chinese ("越南有多少小红书用户"), from the runtime's Chinese CLDR names.
const CJK_PLACES: ReadonlySet<string> = new Set(regionNames('zh').filter((name) => !/[A-Za-z]/.test(name)));

export function isCjkPlaceName(word: string): boolean {
  return CJK_PLACES.has(word);
}
