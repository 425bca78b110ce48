import { ARTICLE_HEADLINE_ID, ARTICLE_SUMMARY_ID, isArticleLevel } from '../knowledge/article-level.js';
import type { Figure, Pack, QaEntry, Unit } from '../knowledge/schema.js';
import { agentNounsOf } from './agent-nouns.js';
import { type Analysis, analyseText } from './analyse.js';
import { type AnswerTerms, countAnswerTerms } from './answer-bm25.js';
import { authorVoicePattern } from './author-voice.js';
import { sameNameInPack } from './demonyms.js';
import { packWordOfFamily } from './derivations.js';
import { buildSpellingCorrector, type SpellingCorrector } from './fuse-index.js';
import { initialismsOf } from './initialisms.js';
import { buildLexicon, isCapitalPlaceholder, isEntityTerm, type Lexicon } from './lexicon.js';
import { memoise } from './memoise.js';
import { MAY_THE_MONTH } from './month-may.js';
import { neighbourTerms } from './neighbour-terms.js';
import { normaliseText } from './normalise.js';
import { packWordsByStem } from './pack-stems.js';
import { personWordsIn } from './people-named.js';
import { namesCountry } from './place-names.js';
import { americanSpelling, packWordsBySpelling } from './spelling-variants.js';
import { buildStemCorrector } from './stem-typos.js';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

// Built once at start-up: every entry's terms, weighted by where they occur, with an inverted index so a
// question only touches the entries that share a term with it (fast at 10,000 entries too).

/** Where a term sits in an entry says how strongly it names the entry's topic. */
export const FIELD_WEIGHTS = { phrasing: 1, tag: 0.8, figure: 0.7, answer: 0.6, quote: 0.45 } as const;

/** How strongly a description counts next to the name it describes (see described_by in aliases.yaml). */
const DESCRIPTION_WEIGHT = 0.8;
/** The units of a figure that is itself a time (a date, a year). */
export const DATE_UNITS: ReadonlySet<string> = new Set<string>(['year', 'date'] satisfies Unit[]);
/** Units whose value text is a number with its unit around it ("$64.3 billion", "24%"). */
const AMOUNT_UNITS = new Set<string>(['money', 'percent', 'percentage_points', 'count'] satisfies Unit[]);
const WHEN = '?when';
const COUNTS_IN_WORDS =
  /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands|millions|billions)\s+(?:of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\b/giu;
const LAW_NAME =
  /\b(?:[A-Z][\w'-]*\s+){1,6}(?:Act|Law|Bill|Directive|Regulation|Code|Ordinance|Statute)s?\b|\b[A-Z]{3,6}\b(?=\s+(?:law|act|rules?|regulations?))|\b(?:GDPR|PIPL|DSA|DMA|CCPA|PAFACA)\b/;
/** The months as pages write them, in full or short ("Sept."), but May: the verb "may" is in every text. */
const MONTHS_BUT_MAY = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const DAY_PATTERN = new RegExp(
  String.raw`\b(?:${MONTHS_BUT_MAY}|${MAY_THE_MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|(?:last|next|this|past|coming) (?:week|month|weekend|spring|summer|autumn|fall|winter)|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b|\d+月|\d+日|上个月|下个月`,
  'i',
);

export type Phrasing = { terms: Set<string>; idfSum: number };

export type AnswerKind =
  | 'time'
  | 'date'
  | 'future'
  | 'year'
  | 'number'
  | 'percent'
  | 'money'
  | 'reason'
  | 'duration'
  | 'length'
  | 'age'
  | 'spelling'
  | 'country'
  | 'quantity'
  | 'score'
  | 'frequency'
  | 'naming'
  | 'clock'
  | 'present-age'
  | 'span';
/** A year as pages write one, from 1500 to 2099. */
const YEAR = String.raw`\b(?:1[5-9]|20)\d\d`;
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half|twice|double)\b/i;
/**
 * Numbers that measure nothing, which "how much" does not ask for: a year, a name's number ("Overcast 2", "Red Hat
 * 7.2"), a clock's reading, and "one" as a pronoun ("one of the oldest", "a substantial one", "One way").
 */
const NO_QUANTITY = new RegExp(
  String.raw`${YEAR}(?:s)?\b|(?<=\b[A-Z][\w-]*\s)\d[\d.]*\b|\b\d{1,2}:\d\d\b|\b[Oo]ne(?= of\b|-|\s+(?:way|day|thing|another)\b|[.,;:!?)])`,
  'g',
);
/** "8:51 p.m.", "2 a.m.", "noon", "1451 GMT": a time of day as a clock gives it. */
const CLOCK_TIME =
  /\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight|o'clock)\b|\b(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST)\b/i;
/** "Eloise Parry, 21,", "the 93-year-old", "aged 40", "a two-year-old bug", "months old": how old someone or something
 * is. */
const AGE =
  /\b[A-Z][\p{L}'-]+, \d{1,3},|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)[- ](?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))[- ]old\b|\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)) old\b|\baged? \d{1,3}\b|\bin (?:his|her|their) (?:\w+ )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b|\d{1,3}岁/u;
/** An age someone had at a time gone by: "was just seven years old when", "at the age of 21". */
const PAST_AGE =
  /\b(?:was|were)\s+(?:just |only |about |barely |nearly |almost )?(?:\d+|\w+)[- ](?:years?|months?)[- ]old\b|\bat (?:the )?age (?:of )?\d+|\b(?:was|were) (?:just |only )?\d{1,3}\b(?= when\b)/gi;
const KIND_PATTERNS: [AnswerKind, RegExp][] = [
  // "at 8:51 p.m. (1451 GMT)", "close to 2 a.m.", "at noon", "on Thursday evening": a time of day, which "what time did
  // it launch" asks for and a date alone does not give.
  [
    'clock',
    new RegExp(`${CLOCK_TIME.source}|\\b(?:dawn|dusk|overnight|morning|afternoon|evening|night|tonight)\\b`, 'i'),
  ],
  // "whose real name is", "born Reginald Dwight", "known as", "nicknamed": a name for someone beside the one used,
  // which "what's big chick's real name" asks for.
  [
    'naming',
    /\b(?:real|first|given|full|birth|maiden|pen|last|family|stage) names?\b|\bsurnamed?\b|\bborn [A-Z]|\b(?:named|known (?:\w+ )?(?:as|by)|nicknamed|dubbed|called|aka|a\.k\.a\.|the name)\b/,
  ],
  // "once every two seconds", "three times a week", "daily", "periodically", "unless the walls are not misting up": how
  // often, which "how often does it poll" asks for and "polls the task store" alone does not give.
  [
    'frequency',
    /\b(?:(?:every|each) (?:other |few |single |\w+ )?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|morning|evening|time|season|quarter|summer|winter|spring|fall|autumn)|once|twice|thrice|times? (?:a|an|per|each|every)|per (?:day|week|month|year|hour|minute|second)|a (?:day|week|month|year|night)|daily|nightly|weekly|monthly|yearly|annually|hourly|regularly|often|frequently|always|never|rarely|seldom|sometimes|occasionally|usually|constantly|continuously|periodically|routinely|whenever|unless|as needed|when needed)\b/i,
  ],
  // "in 2010", "the late 1960s", "2023年": a year, which "what year" asks for and "years ago" does not give.
  ['year', new RegExp(String.raw`${YEAR}(?:s|’s|'s)?\b|\d{4}年`)],
  // "will ship next year", "is expected", "plans to", "is due to be sworn in": what is still to come, which "when is
  // the next launch" asks for; not "lifted off as scheduled". Not "due to" after no "is", which gives a cause ("broke
  // up ... due to a malfunction").
  [
    'future',
    /\b(?:will|won't|would|shall|next|upcoming|coming|soon|later|(?<!\bas )(?:expected|scheduled|planned)|expects?|plans?|due(?!\s+to\b)|set to|going to|tomorrow|future)\b|\b(?:is|are|was|were|be)\s+due\b|将|计划|预计|明年|下个月/i,
  ],
  // "Dec. 14", "14 December 2015", "March 2", "2015-03-02", "3/2/2015", "3月2日": a day of a month, which "what's the
  // exact date" asks for and a month or a weekday alone does not give.
  [
    'date',
    new RegExp(
      String.raw`\b(?:${MONTHS_BUT_MAY}|may)\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_BUT_MAY}|may)\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\d+月\d+日`,
      'i',
    ),
  ],
  [
    'time',
    new RegExp(
      String.raw`\b(?:(?:19|20)\d\d|january|february|march|april|${MAY_THE_MONTH}|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|ago|since|until|(?:last|next|this|past|coming) (?:week|month|year|decade|quarter|spring|summer|autumn|fall|winter)|(?:in|within|by|for|after) (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|years?|decades?))\b|\d{4}年|\d+月|今年|去年|明年|上个月`,
      'i',
    ),
  ],
  ['number', NUMBER],
  // "since 2024", "until Friday", "from 2011 to 2014", "2011-2014": a time to count from or to, which with the other
  // end answers "how long" as a duration does. A weekday or a month alone does not ("stormed the museum on Wednesday").
  [
    'span',
    /\b(?:since|until|till|ago|through|throughout|between \w+ and|from \w+ (?:to|until|through))\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b|至/i,
  ],
  // "20 minutes", "two-year", "40+ years", "6 ½ minutes", "for years", "one full calendar year", "a whole week", "took a year": how long
  // something lasts ("how long does the project promise fixes" had been declined for "for one full calendar year").
  [
    'duration',
    /\b(?:\d+(?:\+| ?[½¼¾])?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozen|several|few|many)(?:-|\s)(?:(?:full|whole|entire|calendar|more|additional|extra|long|straight|consecutive) ){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\bfor (?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\b(?:half an?|an? (?:full|whole|entire)) (?:hour|day|week|month|year|decade)\b|\ban? (?:second|minute|hour|day|week|month|year|decade|century)\b(?! ago| earlier| later| before| after)/i,
  ],
  // "6,500 miles of water mains": a length, which "how long is the network" asks as "how long" asks a duration.
  [
    'length',
    /\b\d[\d,.]*\s*(?:miles?|kilometers?|kilometres?|km|meters?|metres?|feet|foot|ft|inches|yards?|cm|mm)\b|\b\d[\d,.]*-(?:mile|kilometer|kilometre|km|meter|metre|foot|inch|yard)\b/i,
  ],
  // A share, as a percentage or as a fraction ("nearly a third of carbon emissions", "two-thirds of its electricity",
  // "one in five adults"), which "what share of" asks for: drafted sets +1 right, nothing else moved.
  [
    'percent',
    /\d\s?(?:%|percent|per cent|percentage points?)|百分之|\d%|\b(?:a|one|two|three|four|nine)[- ](?:half|thirds?|quarters?|fifths?|tenths?)\b|\bhalf (?:of|the)\b|\b(?:one|\d+) (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:majority|minority) of\b/i,
  ],
  // "112-107", "3–2": a game's score, which "what was the score" asks for (not "box score" or "couldn't score").
  [
    'score',
    /(?<![\d.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,:/%-]|\s?(?:percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|mph|km|miles)\b)/,
  ],
  [
    'money',
    /[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yuan|yen|rupees|ringgit)\b|\b(?:US|S|A|C|HK)\$|\bRM\s?\d|元|美元/i,
  ],
  [
    'reason',
    /\b(?:because|since|due to|as a result|so that|in order to|thanks to|owing to|reasons?|why|explanation|means|led to|leads to|lead to|caused?|causes|driven by|given that|aims? to|to (?:help|avoid|keep|make|stave|protect|reduce|boost)|so\b)|因为|由于|原因|为了/i,
  ],
  ['age', AGE],
  // "Named Binary Tag (NBT)", "CRE (carbapenem-resistant enterobacteriaceae)", "L.E.A.N. stands for Light, ...": a
  // name spelt out beside its abbreviation, which is what "what does CRE stand for" asks.
  [
    'spelling',
    /\b(?:stands|stood) for\b|\b(?:short|an acronym|an abbreviation) for\b|\b[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){1,8}\s*\(\s*[A-Z][A-Za-z]*[A-Z]s?\s*\)|\b[A-Z][A-Za-z]*[A-Z]s?\s*\(\s*[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){1,8}\s*\)/u,
  ],
];

const WRITTEN_NUMBER =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|once|twice)\b/i;

/** The numbers a text writes in digits, without their separators ("1,900" as 1900). */
export function digitsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '')));
}

/** A text's numbers in digits; undefined when it writes one in words too. */
function numbersIn(text: string): ReadonlySet<string> | undefined {
  return WRITTEN_NUMBER.test(text) ? undefined : digitsIn(text);
}

/** The kinds of answer a text holds (a time, a number, a share, an amount of money, a reason, a duration). */
export function answerKindsIn(text: string): Set<AnswerKind> {
  const kinds = new Set(KIND_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind));
  if (namesCountry(text)) kinds.add('country');
  if (kinds.has('number') && NUMBER.test(text.replace(NO_QUANTITY, ' '))) kinds.add('quantity');
  // "Parata, 75,", not "Parata was just seven years old when ...": how old someone is, which "how old is hori parata"
  // asks for.
  if (kinds.has('age') && AGE.test(text.replace(PAST_AGE, ' '))) kinds.add('present-age');
  if (!kinds.has('spelling') && spellsOutInitials(text)) kinds.add('spelling');
  return kinds;
}

/** Words an abbreviation's letters skip: "Hungry, Angry, Lonely, or Tired" spells HALT. */
const INITIALS_SKIP = new Set(['and', 'or', 'of', 'the', 'for', 'a', 'an', 'to', 'in', 'on', '&']);

/**
 * "practice the "HALT" method ... when you're Hungry, Angry, Lonely, or Tired": an abbreviation of three to six
 * capitals and, in the same text, words in a row whose first letters spell it, which says what it stands for as a
 * bracketed spelling-out does.
 */
function spellsOutInitials(text: string): boolean {
  const abbreviations = new Set([...text.matchAll(/\b[A-Z]{3,6}\b/g)].map((m) => m[0]));
  if (abbreviations.size === 0) return false;
  const words = [...text.matchAll(/[\p{L}&]+/gu)].map((m) => m[0]).filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
  for (const abbreviation of abbreviations) {
    const letters = abbreviation.toLowerCase();
    for (let at = 0; at + letters.length <= words.length; at += 1) {
      const run = words.slice(at, at + letters.length);
      if (run.every((w, i) => w.length > 1 && w !== abbreviation && w[0].toLowerCase() === letters[i])) return true;
    }
  }
  return false;
}

export type EntryIndex = {
  lexicon: Lexicon;
  correct: SpellingCorrector;
  /** A typo of a word the pack writes only in another form ("sponser" for "sponsors"): see stem-typos.ts. */
  correctStem: (word: string) => string | undefined;
  /**
   * A word the pack does not use, as words it does (see analyse.ts): its parts, for a word the pack only writes
   * hyphenated ("signups" for the pack's "sign-ups"), or the pack's word of its family ("die" for "death").
   */
  asPackWords: (word: string, before?: string) => string[] | undefined;
  /** The pack's nouns for one who does what a word says ("director" for "directed"): see agent-nouns.ts. */
  agentsOf: (word: string) => string[] | undefined;
  /** The words of the phrase a question's initials stand for ("aqi": air quality index), when no pack word is meant. */
  spelledOut: (word: string) => string[] | undefined;
  /** term -> entries containing it, with the strongest field weight there. */
  postings: Map<string, { entry: number; weight: number }[]>;
  idf: Map<string, number>;
  /** Per entry: term -> field weight (strongest field). */
  entryTerms: Map<string, number>[];
  /** Per entry: its canonical question and alternates, as term sets. */
  phrasings: Phrasing[][];
  /** Entries with a figure that counts something (unit count): the only ones that can answer "how many". */
  countedEntries: ReadonlySet<number>;
  /**
   * Per entry, when its count figures say what they count ("counts: churchgoers"): the terms of what they count, so
   * "how many worker hosts" is not answered by "one controller process". Undefined where no figure says.
   */
  countedThings: (ReadonlySet<string> | undefined)[];
  /** Entries a curator wrote or reviewed (not drafted), on a topic of the article rather than the article itself. */
  curatedTopics: ReadonlySet<number>;
  /** The entries about the article's facts rather than its content (its headline, who wrote it): they give no reason. */
  articleFacts: ReadonlySet<number>;
  /** The headline's entry, which answers with the headline, not with the words of a question asking for it. */
  headline: number;
  /** The summary's entry (the headline over the lead), or -1. */
  summary: number;
  /** The page's writers named in the article's voice ("what did gillmor say"): see author-voice.ts. */
  authorVoice: RegExp | undefined;
  /**
   * Per entry: metric concept (a must_match synonym such as ~gmv) -> every term of the entry's figures for that
   * metric (label, subject, period, who stated it, what it is compared with): what the entry's number is about.
   */
  metricScopes: Map<string, Set<string>>[];
  /** Entries with a money figure (any currency): the only ones that can answer "how much did X pay". */
  pricedEntries: ReadonlySet<number>;
  /** Entries that say when something happened (a date figure, or phrased as a "when" question). */
  datedEntries: ReadonlySet<number>;
  /**
   * Entries whose answer or quotes give a time finer than the year (a month, a weekday, "last month", a full date):
   * only they can answer "which month did Indonesia suspend it?" when the article says "In 2023".
   */
  daysGiven: ReadonlySet<number>;
  /** Entries whose answer or quotes name a law ("the Digital Services Act", "PIPL"): only they say which law. */
  lawsNamed: ReadonlySet<number>;
  /**
   * Whether any entry gives a time of day ("at 8:51 p.m.", "this morning"): only then is "what time" held to one, and a
   * briefing with none answers "at what time was standalone mode added" with the date.
   */
  givesClock: boolean;
  /** Per entry: the names (entity terms) its answer, quotes and figures give, for "who did X" and "where" questions. */
  entryNames: ReadonlySet<string>[];
  /** Per entry: the question kinds (intent terms such as ?who) its own phrasings ask. */
  phrasedIntents: ReadonlySet<string>[];
  /** Per entry: the kinds of answer it holds (a time, a number, a share, an amount of money, a reason). */
  answerKinds: ReadonlySet<AnswerKind>[];
  /**
   * Per entry: the numbers its answer writes in digits ("1,900" as 1900), or undefined when it also writes one in words
   * ("five", "hundreds"): what a count it gives may be, beside the numbers a question states itself.
   */
  numbersGiven: (ReadonlySet<string> | undefined)[];
  /**
   * An entry's words of the names of the people its answer names (see people-named.ts). Read on first asking: only a
   * question asking for a person by what they are needs them, and reading every entry at start cost ~11 µs an entry.
   */
  personWords: (entry: number) => ReadonlySet<string>;
  /** An entry's answer as written, its headline (a summary's) on a line of its own. */
  answer: (entry: number) => string;
  /** Every latin word the pack uses anywhere, aliases included: such a word is never an unknown name. */
  vocabulary: ReadonlySet<string>;
  /** Each entry's answer terms, counted for BM25 (see score.ts). */
  answerTerms: AnswerTerms;
  /** Entries a script drafted and nobody has reviewed (draft: true). */
  draftEntries: ReadonlySet<number>;
  entryCount: number;
};

/** "sign-ups", "wi-fi", "co-authors": two words the pack joins with a hyphen (normalised text joins "e-mail" already). */
const HYPHENATED = /(?<![\p{L}\p{N}-])([a-z]{2,})-([a-z]{2,})(?![\p{L}\p{N}-])/gu;

export function buildIndex(pack: Pack): EntryIndex {
  const lexicon = buildLexicon(pack.aliases);
  const figureById = new Map(pack.figures.map((f) => [f.id, f]));
  const vocabulary = new Set<string>();
  // Quotes and figures recur across entries: each text is read once.
  const analysed = new Map<string, Analysis>();
  const compounds = new Map<string, string[]>();
  const addWords = (normalised: string) => {
    // A capital-only alias ("SAFE") is a placeholder in analysed text, not a word of the pack.
    for (const token of tokenize(normalised))
      if (!token.cjk && !isCapitalPlaceholder(token.text)) vocabulary.add(token.text);
    for (const [, first, second] of normalised.matchAll(HYPHENATED)) compounds.set(first + second, [first, second]);
  };
  // "In USD?": the currencies the figures are in are words of the pack, though quotes write "$" and "RM".
  for (const figure of pack.figures) if (figure.currency) vocabulary.add(figure.currency.toLowerCase());
  const read = (text: string, intents = false): Analysis => {
    const key = `${intents ? '?' : '.'}${text}`;
    const known = analysed.get(key);
    if (known) return known;
    const analysis = analyseText(text, lexicon, { intents });
    addWords(analysis.normalised);
    analysed.set(key, analysis);
    return analysis;
  };
  // Aliases give words only: what they name is in the lexicon.
  for (const group of [...pack.aliases.entities, ...pack.aliases.synonyms])
    for (const text of [group.name, ...group.terms]) addWords(normaliseText(text));

  const metricScopes = pack.entries.map((entry) => {
    const scopes = new Map<string, Set<string>>();
    for (const figure of entry.figures.flatMap((id) => figureById.get(id) ?? [])) {
      const { label, subject, period, attribution, comparison } = figure;
      // What the figure is compared with (Amazon), but not the words around it ("the American delivery giant"): Temu's
      // share equals Amazon's, it is not a share of the US market.
      const text = [label, subject, period, attribution.by, comparison?.against].join(' . ');
      const terms = new Set(analyseText(text, lexicon).terms.map((t) => t.term));
      for (const term of terms) {
        if (!lexicon.mustMatch.has(term) || isEntityTerm(term)) continue;
        scopes.set(term, new Set([...(scopes.get(term) ?? []), ...terms]));
      }
    }
    return scopes;
  });

  const answerTermLists: string[][] = [];
  const entryTerms: Map<string, number>[] = [];
  const phrasingTerms: Set<string>[][] = [];
  const entryNames: Set<string>[] = [];
  const answerKinds: Set<AnswerKind>[] = [];
  const numbersGiven: (ReadonlySet<string> | undefined)[] = [];
  const daysGiven = new Set<number>();
  const lawsNamed = new Set<number>();
  const clockTimed = new Set<number>();
  for (const entry of pack.entries) {
    const weights = new Map<string, number>();
    const put = (analysis: Analysis, weight: number) => {
      for (const { term } of analysis.terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    };
    const phrasings = [entry.question, ...entry.alternates].map((text) => {
      const analysis = read(text, true);
      put(analysis, FIELD_WEIGHTS.phrasing);
      return new Set(analysis.terms.map((t) => t.term));
    });
    put(read(entry.tags.map((t) => t.replace(/-/g, ' ')).join(' . ')), FIELD_WEIGHTS.tag);
    for (const figureId of entry.figures) {
      const figure = figureById.get(figureId);
      if (figure)
        put(
          read(`${figure.label} . ${figure.subject} . ${figure.period} . ${valueWords(figure)}`),
          FIELD_WEIGHTS.figure,
        );
    }
    const names = new Set<string>();
    const answerText = answerTextOf(entry);
    answerKinds.push(answerKindsIn(answerText));
    numbersGiven.push(numbersIn(answerText));
    if (DAY_PATTERN.test(answerText)) daysGiven.add(entryTerms.length);
    if (LAW_NAME.test(answerText)) lawsNamed.add(entryTerms.length);
    // "at 8:51 p.m.": a time of day dates what happened, for "what time did it launch".
    if (CLOCK_TIME.test(answerText)) clockTimed.add(entryTerms.length);
    const answered = [read(entry.answer), ...entry.citations.map((c) => read(c.quote))];
    for (const analysis of answered) for (const t of analysis.terms) if (isEntityTerm(t.term)) names.add(t.term);
    entryNames.push(names);
    answerTermLists.push(answered[0].terms.filter((t) => t.kind !== 'intent').map((t) => t.term));
    put(answered[0], FIELD_WEIGHTS.answer);
    // "The article is published by Spiceworks": a line about the article cites its headline or dateline only to
    // anchor it, and the subject named there ("Vidyard Introduces New Features") is not what the line is about.
    const aboutTheArticle = isArticleLevel(entry.id) && !entry.citations.some((c) => entry.answer.includes(c.quote));
    if (!aboutTheArticle) for (const analysis of answered.slice(1)) put(analysis, FIELD_WEIGHTS.quote);
    // "The short-video app": an entry that names TikTok or Douyin (or TikTok Shop, part of TikTok) is also about
    // what describes them, a little less.
    for (const [term, weight] of [...weights]) {
      const whole = lexicon.partOf.get(term);
      const concepts = [
        ...(lexicon.describedBy.get(term) ?? []),
        ...(whole ? (lexicon.describedBy.get(whole) ?? []) : []),
      ];
      for (const concept of concepts)
        weights.set(concept, Math.max(weights.get(concept) ?? 0, weight * DESCRIPTION_WEIGHT));
    }
    entryTerms.push(weights);
    phrasingTerms.push(phrasings);
  }

  const postings = new Map<string, { entry: number; weight: number }[]>();
  entryTerms.forEach((weights, entry) => {
    for (const [term, weight] of weights) {
      const list = postings.get(term) ?? [];
      list.push({ entry, weight });
      postings.set(term, list);
    }
  });
  const n = pack.entries.length;
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, Math.log((n + 1) / (list.length + 0.5)) + 0.5);
  // After the idf: a word is no more common for being counted beside the sentence that has it.
  neighbourTerms(pack.entries, entryTerms).forEach((terms, entry) => {
    for (const [term, weight] of terms) postings.get(term)?.push({ entry, weight });
  });

  const idfOf = (term: string) => idf.get(term) ?? 0;
  // "Choose from thousands of themes", "four of the five participants": what a drafted sentence counts in words.
  const countsInWords = pack.entries.map((entry) =>
    entry.draft ? [...entry.answer.matchAll(COUNTS_IN_WORDS)].map(([words]) => words) : [],
  );
  /** Entries with a figure that passes: what can answer "how many", "how much did X pay", "when". */
  const entriesWith = (passes: (figure: Figure) => boolean) =>
    pack.entries.flatMap((entry, i) =>
      entry.figures.some((id) => {
        const figure = figureById.get(id);
        return figure !== undefined && passes(figure);
      })
        ? [i]
        : [],
    );
  const phrasings = phrasingTerms.map((sets) =>
    sets.map((terms) => ({ terms, idfSum: [...terms].reduce((sum, t) => sum + idfOf(t), 0) })),
  );
  const pricedEntries = new Set(entriesWith(({ unit }) => unit === 'money'));
  // An entry that lists a money figure gives money, an amount "how much" asks for, in whatever currency its text writes
  // ("Rs 299", where a number after a capitalised word had read as a name's, "Overcast 2"; "USD 45 billion").
  for (const entry of pricedEntries) answerKinds[entry].add('money').add('quantity');
  // Stopwords are left out of what a question's unknown word may be read as: "saas" is better left unknown than read
  // as "says", and "argue" than as "argument", a stopword the question would then lose.
  const correctable = [...vocabulary].filter((word) => !ENGLISH_STOPWORDS.has(word));
  const byStem = packWordsByStem(correctable);
  const bySpelling = packWordsBySpelling(correctable);
  // Read on the first question that needs them.
  let spelledOut: Map<string, string[]> | undefined;
  const initialisms = () => {
    spelledOut ??= initialismsOf(pack.sources.flatMap((source) => source.paragraphs));
    return spelledOut;
  };
  return {
    lexicon,
    correct: buildSpellingCorrector(correctable),
    correctStem: buildStemCorrector(byStem),
    spelledOut: (word) => (vocabulary.has(word) ? undefined : initialisms().get(word)),
    asPackWords: (word, before) => {
      if (vocabulary.has(word)) return undefined;
      const parts = compounds.get(word);
      if (parts || !/^[a-z]{3,}$/.test(word)) return parts;
      const respelt = bySpelling().get(americanSpelling(word));
      if (respelt !== undefined) return [respelt];
      const family = packWordOfFamily(word, byStem());
      return family === undefined ? sameNameInPack(word, (w) => vocabulary.has(w), before) : [family];
    },
    agentsOf: (word) => {
      const agents = agentNounsOf(word).filter((noun) => vocabulary.has(noun) && noun !== word);
      return agents.length > 0 ? agents : undefined;
    },
    postings,
    idf,
    entryTerms,
    phrasings,
    vocabulary,
    answerTerms: countAnswerTerms(answerTermLists),
    draftEntries: new Set(pack.entries.flatMap((entry, i) => (entry.draft ? [i] : []))),
    metricScopes,
    entryNames,
    answerKinds,
    numbersGiven,
    personWords: memoise((entry: number) => personWordsIn(answerTextOf(pack.entries[entry])), pack.entries.length),
    answer: (entry) => pack.entries[entry].answer,
    phrasedIntents: phrasingTerms.map(
      (sets) => new Set(sets.flatMap((terms) => [...terms].filter((t) => t.startsWith('?')))),
    ),
    datedEntries: new Set([
      // A date figure, or a figure for a stated year ("by 2025": "by when did the surplus hit a record?").
      ...entriesWith(({ unit, period }) => DATE_UNITS.has(unit) || /^(?:by |in |since )?(?:19|20)\d\d\b/.test(period)),
      ...phrasingTerms.flatMap((sets, i) => (sets.some((terms) => terms.has(WHEN)) ? [i] : [])),
      ...clockTimed,
    ]),
    daysGiven,
    lawsNamed,
    givesClock: answerKinds.some((kinds) => kinds.has('clock')),
    pricedEntries,
    countedEntries: new Set([
      ...entriesWith(({ unit }) => unit === 'count'),
      // A drafted sentence that counts in words answers "how many" though drafting takes no figure from it.
      ...countsInWords.flatMap((counts, i) => (counts.length > 0 ? [i] : [])),
    ]),
    countedThings: pack.entries.map((entry, i) => {
      const counted = entry.figures.flatMap((id) => {
        const figure = figureById.get(id);
        if (figure?.unit !== 'count' || !figure.counts) return [];
        // And the words right after it, which name what is counted more fully: "12 parāoa whales (sperm whales)".
        const quote = figure.citation.quote;
        const value = String(figure.value);
        const at = quote.indexOf(value);
        const next =
          at < 0
            ? ''
            : quote
                .slice(at + value.length)
                .split(/\s+/)
                .slice(0, 4)
                .join(' ');
        return [`${value} ${next} . ${figure.counts}`];
      });
      counted.push(...countsInWords[i]);
      return counted.length > 0 ? new Set(counted.flatMap((text) => read(text).terms.map((t) => t.term))) : undefined;
    }),
    curatedTopics: new Set(pack.entries.flatMap((entry, i) => (entry.draft || isArticleLevel(entry.id) ? [] : [i]))),
    articleFacts: new Set(
      pack.entries.flatMap((entry, i) => (isArticleLevel(entry.id) && entry.id !== ARTICLE_SUMMARY_ID ? [i] : [])),
    ),
    headline: pack.entries.findIndex((entry) => entry.id === ARTICLE_HEADLINE_ID),
    summary: pack.entries.findIndex((entry) => entry.id === ARTICLE_SUMMARY_ID),
    authorVoice: authorVoicePattern(pack.sources),
    entryCount: n,
  };
}

/**
 * What a figure's value adds to its entry's terms: an amount's digits ("64.3" of "$64.3 billion"; its unit words are
 * in the label, subject and quote already), or the value's words ("second", "last December").
 */
function valueWords(figure: Figure): string {
  if (typeof figure.value === 'number') return String(figure.value);
  if (!AMOUNT_UNITS.has(figure.unit)) return figure.value;
  return figure.value.match(/\d+(?:[.,]\d+)*/g)?.join(' ') ?? figure.value;
}

/** An entry's answer with the quotes it cites: what it gives a reader. */
function answerTextOf(entry: QaEntry): string {
  return [entry.answer, ...entry.citations.map((c) => c.quote)].join(' ');
}
