import { isEnglishWord } from './common-words.js';
import { memoise } from './memoise.js';

// Turns what a user typed (Slack markup, full-width characters, curly quotes, possessives) into plain lowercase
// text the tokenizer can split. Pure and total: any string in, a string out.

const SLACK_LINK = /<([^<>|]*)(?:\|([^<>]*))?>/g;
const GENERIC_LINK_LABEL = /^(?:(?:this|the|that|a)\s+)?(?:link|here|url|source|article|piece|story|post|page)$/i;

/** Replaces Slack markup with what the question is about: links become their label; mentions, channels and specials vanish. */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(SLACK_LINK, (_whole, target: string, label: string | undefined) => {
      if (target.startsWith('@') || target.startsWith('!')) return ' ';
      // A channel says where the question was asked ("from #apac-growth"), not what it is about.
      if (target.startsWith('#')) return ' ';
      // "<https://...|link>", "<...|this piece>": a label that only points at the link says nothing.
      return label && !GENERIC_LINK_LABEL.test(label.trim()) ? ` ${label} ` : ' ';
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Chat shorthand spelt out, so "whos jian xu" asks who and "intl app" is not an unknown name.
const SHORTHAND: Record<string, string> = {
  whos: 'who is',
  whats: 'what is',
  hows: 'how is',
  wheres: 'where is',
  whys: 'why is',
  whens: 'when is',
  intl: 'international',
  "int'l": 'international',
  govt: 'government',
  "gov't": 'government',
  bn: 'billion',
  mln: 'million',
  pct: 'percent',
  yr: 'year',
  yrs: 'years',
  approx: 'approximately',
  ecom: 'ecommerce',
  ecomm: 'ecommerce',
  smth: 'something',
  sth: 'something',
  svc: 'service',
  svcs: 'services',
  mkt: 'market',
  mkts: 'markets',
  gonna: 'going to',
  gona: 'going to',
  wanna: 'want to',
  wana: 'want to',
  gotta: 'got to',
  // Chat spellings that would otherwise read as names the briefing lacks ("is yahoo gonna pay alot of tax").
  alot: 'a lot',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: 'do not know',
  // Contractions typed without their apostrophe ("browsers that dont have it"), but not those that are words of their
  // own ("cant", "wont", "well", "were", "ill", "its", "lets", "shed").
  dont: 'do not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
  arent: 'are not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  theyre: 'they are',
  youre: 'you are',
  ive: 'i have',
  youve: 'you have',
  weve: 'we have',
  theyve: 'they have',
  thats: 'that is',
  theres: 'there is',
  urself: 'yourself',
  lemme: 'let me',
  gimme: 'give me',
  wut: 'what',
  wuts: 'what is',
  'user count': 'userbase',
  // "which experts does it draw on": cites, not a drawing or a draw.
  'draw on': 'cite',
  'draws on': 'cites',
  'drew on': 'cited',
  'drawing on': 'citing',
  // A rate the pack has no figure for (see METRIC_WORDS); "rate" alone would match the growth entries.
  'exchange rate': 'exchangerate',
  'exchange rates': 'exchangerate',
  'take rate': 'takerate',
  'take rates': 'takerate',
  'commission rate': 'commissionrate',
  'commission rates': 'commissionrate',
  'conversion rate': 'conversionrate',
  'conversion rates': 'conversionrate',
  'interest rate': 'interestrate',
  'interest rates': 'interestrate',
  'churn rate': 'churnrate',
  'burn rate': 'burnrate',
  'retention rate': 'retentionrate',
  'average order value': 'aov',
  // "why did askar go public with the bug": he told everyone, no share sale.
  'go public with': 'disclose',
  'going public with': 'disclosing',
  'went public with': 'disclosed',
  'gone public with': 'disclosed',
  'go public': 'ipo',
  'going public': 'ipo',
  'went public': 'ipo',
  prev: 'previous',
  'whats the deal with': 'tell me about',
  'whats the deal w': 'tell me about',
  wher: 'where',
  whr: 'where',
  '#2': 'second largest',
  'no. 2': 'second largest',
  'no.2': 'second largest',
  wat: 'what',
  wats: 'what is',
  wich: 'which',
  whic: 'which',
  im: 'i am',
  ppl: 'people',
  tho: 'though',
  rly: 'really',
  cuz: 'because',
  coz: 'because',
  abt: 'about',
  biz: 'business',
  orgs: 'organisations',
  org: 'organisation',
  telcos: 'telecoms companies',
  telco: 'telecoms company',
  journos: 'journalists',
  journo: 'journalist',
  dept: 'department',
  depts: 'departments',
  execs: 'executives',
  mgmt: 'management',
  pic: 'picture',
  pics: 'pictures',
  vid: 'video',
  vids: 'videos',
  devs: 'developers',
  stats: 'statistics',
  convo: 'conversation',
  bday: 'birthday',
  mins: 'minutes',
  hrs: 'hours',
  repo: 'repository',
  repos: 'repositories',
  uni: 'university',
  univ: 'university',
  xmas: 'christmas',
  diff: 'different',
  pls: 'please',
  plz: 'please',
  msia: 'malaysia',
  // Newsroom shorthand: the headline and the line under it.
  hed: 'headline',
  dek: 'subheading',
  govts: 'governments',
  // The metric has a short name the metric list knows; spelt out, its words ("users") are ones the pack uses.
  'market cap': 'capitalization',
  'market capitalisation': 'capitalization',
  'monthly active users': 'mau',
  'daily active users': 'dau',
  'monthly active user': 'mau',
  'daily active user': 'dau',
  // How to answer, not what: "keep it simple please" must not match an entry that says "keep".
  'keep it simple': ' ',
  'keep it short': ' ',
  'keep it brief': ' ',
  'in simple terms': ' ',
  'in plain english': ' ',
  // Who is asking, not what: "the sales team" is no question about sales (GMV).
  'sales team': 'team',
  'sales teams': 'teams',
  'sales people': 'people',
  'sales deck': 'deck',
  'sales pitch': 'pitch',
  'sales call': 'call',
  'sales meeting': 'meeting',
  // An idiom, not a deal: "what's the deal with Temu" asks about Temu ("what's" has lost its "'s" by now).
  'what the deal with': 'tell me about',
  'what is the deal with': 'tell me about',
  'what the deal w': 'tell me about',
  'what is the deal w': 'tell me about',
};
/**
 * "takerate" -> "take rate", "mau" -> "monthly active user": a phrase read as one word, written back as people type it
 * when a reply names it. Not a word of its own: "people" (read from "sales people") or "cite" (from "draw on") was as
 * likely typed as itself, and a reply saying the article lacks "sales people" when "people" was asked is wrong.
 */
const SPOKEN = new Map(
  Object.entries(SHORTHAND)
    .filter(
      ([phrase, word]) =>
        phrase.includes(' ') && /^[a-z]+$/.test(word) && !isEnglishWord(word) && !phrase.endsWith('s'),
    )
    .map(([phrase, word]): [string, string] => [word, phrase])
    // The first phrase listed for a word is the one people type most ("market cap", not "market capitalisation").
    .reverse(),
);

export function spokenForm(word: string): string {
  return SPOKEN.get(word) ?? word;
}

/** The chat phrases read as `word` ("market cap" for "capitalization"): how a question may have typed it. */
export function shorthandFor(word: string): string[] {
  return Object.entries(SHORTHAND).flatMap(([phrase, by]) => (by === word ? [phrase] : []));
}

// Longest first, so "whats the deal with" wins over "whats" where both start.
const SHORTHAND_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${Object.keys(SHORTHAND)
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/\./g, '\\.'))
    .join('|')})(?![\\p{L}\\p{N}'])`,
  'gu',
);

const WHAT_IS_IT_ABOUT =
  /\bwhat(?: is| are| was)? (?:(?:this|the|that) (?:article|piece|story|briefing|report|post|thing|link|page|doc|document|text|essay|blog|writeup|news)|this|it) (?:(?:mainly|mostly|really|actually|all|basically|even|generally|primarily) )*about(?=\s*(?:[?.!,;:]|$|in (?:one|a|two|three|a few) (?:line|lines|sentence|sentences|words|nutshell)\b|in (?:short|brief)\b))/g;

const AUDIENCE =
  /\b(?:our|my|for the|to the|with the) (?:[\p{L}-]+ ){1,2}(?:team|teams|desk|colleagues|folks|crew|squad|peeps|bosses|leadership)\b/gu;

/**
 * "does the piece back that up?", "can it confirm this?": asking whether the article says what was just said, not
 * about backing or support ("does Beijing support it?" keeps its word).
 */
const FACT_CHECK =
  /\b(?:back(?:s|ed)?|bears?|confirm(?:s|ed)?) (?:that|this|it|those|these|(?:the|that|this) claim)(?: (?:up|out))?\b/g;

/** "a summary for the weekly digest", "for my 3pm deck": what the answer is for, not what is asked. */
const PURPOSE =
  /\bfor (?:the|my|our|a|an|tomorrow's|today's|this week's|next week's) (?:[\p{L}'-]+ ){0,2}(?:digest|deck|slide|slides|note|memo|newsletter|one-pager|standup|stand-up|presentation|pitch|board pack)\b/gu;

/** "seller from guangzhou asking was ...": who passed the question on, not what it is about. */
const ASKER =
  /\b(?:(?:a|an|one|our|my|some) )?(?:seller|client|customer|colleague|coworker|boss|friend|someone|somebody|merchant|partner|reader|investor|manager|intern)s? (?:from|in|at|based in) (?:[\p{L}-]+ ){1,2}(?:is |was |are )?(?:asking|asks|asked|wants to know|wondering|wonders)\b/gu;

/**
 * "how does the author describe X", "does the writer think Y": the article's own voice, asked about X or Y, not who
 * wrote it ("who's the author" keeps its word and still asks for the byline).
 */
export const VOICE_VERB =
  '(?:(?:really|actually|personally|ultimately) )?(?:describ|say|said|think|thought|call|argu|mean|explain|feel|felt|claim|suggest|writ|wrote|characteri|portray|see|saw|view|reckon|believ|predict|recommend|conclud|compar|make of|made of)';
const WRITER = '(?:the|this) (?:author|writer|reporter|journalist|columnist|blogger)';
/** "has the author been using email long", "does the writer buy it": the writer doing anything a question asks of. */
const ASKED_OF = '(?<=\\b(?:does|did|do|has|had|would|will|can|could|should|might|may) )';
/** "the author's take on regulation": what the writer thinks, by its noun. */
const VOICE_NOUN =
  "(?=(?:['’]?s)? (?:take|view|views|opinion|position|stance|verdict|argument|point|advice|thesis|conclusion|complaint|beef|gripe)\\b)";
/** "according to the writer", "per the author": what the article says, not who wrote it. */
const ATTRIBUTED_TO = '(?<=\\b(?:according to|per) )';
const AUTHOR_VOICE = new RegExp(
  `\\b${WRITER}\\b(?= ${VOICE_VERB})|${ASKED_OF}${WRITER}\\b(?= \\p{L})|\\b${WRITER}${VOICE_NOUN}|${ATTRIBUTED_TO}${WRITER}\\b`,
  'gu',
);

/** "does the post say", "this blog post": the article itself, as a blog calls it, not a topic word of its own. */
const THE_POST = /\b(?:the|this|that) (?:blog )?post\b(?![- ](?:office|offices|war|mortem|code|box)\b)/g;

/** Questions are normalised several times while answered, pack texts once each at load: results are kept (bounded). */
export const normaliseText = memoise(normaliseTextNow, 20_000);

function normaliseTextNow(text: string): string {
  // Every pack phrasing is normalised at load (a hundred briefings: over a hundred thousand texts), and most are plain
  // ASCII (no backtick) with no markup, apostrophe, hyphen or comma: the steps that could change nothing are skipped.
  const marked = text.includes('<') || text.includes('&') ? stripSlackMarkup(text) : text;
  let s = /[^\x20-\x5f\x61-\x7e]/.test(marked) ? foldCharacters(marked) : marked.toLowerCase();
  if (s.includes('won')) s = s.replace(/\bwon'?t\b/g, 'will not');
  if (s.includes("'"))
    // Possessives: "TikTok's", "companies'" -> the noun itself.
    s = s.replace(/([a-z0-9])'s\b/g, '$1').replace(/([a-z0-9]s)'(?=\s|$)/g, '$1');
  if (s.includes('-'))
    s = s
      // "win-win", "so-so": a doubled word is one word of its own, not twice the word ("did the lakers win").
      .replace(/\b([a-z]+)-\1\b/g, '$1$1')
      // "e-commerce", "e-sports": a one-letter prefix is part of the word; other hyphens separate words. Not the "a"
      // of "$10-a-month" or "once-a-year", which is "a month", "a year".
      .replace(/(?<!-)\b([a-z])-(?=[a-z])/g, '$1');
  if (s.includes(',')) s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
  // "40%" and "40 percent" are one question (NFKC has already folded "％"); the tokenizer drops symbols. The spaces
  // around the sign go with it: "what % of" had read "what  percent  of", which "what percent" asks did not match.
  if (s.includes('%')) s = s.replace(/\s*%\s*/g, ' percent ');
  s = s.replace(SHORTHAND_WORD, (word) => SHORTHAND[word]);
  // "who's the tunisian pm", "PM Modi": a prime minister, but not the time of "at 3 pm".
  if (s.includes('pm'))
    s = s.replace(/(?<![\p{L}'.:])(?<!\p{N}\s?)\bpms?\b(?!\.)/gu, (pm) =>
      pm === 'pm' ? 'prime minister' : 'prime ministers',
    );
  for (const { pattern, by, needs } of PHRASE_STEPS)
    if (needs.some((word) => s.includes(word))) s = s.replace(pattern, by);
  return s;
}

/**
 * Phrases read as something else, in this order. Each lists words one of which every match contains, so a text with
 * none of them skips the step: a hundred briefings' phrasings are read at every start.
 */
const PHRASE_STEPS: { pattern: RegExp; by: string; needs: string[] }[] = [
  // "a slide for the SG team", "our singapore desk is curious": who the asker works with, not what is asked.
  {
    pattern: AUDIENCE,
    by: ' ',
    needs: ['team', 'desk', 'colleagues', 'folks', 'crew', 'squad', 'peeps', 'bosses', 'leadership'],
  },
  { pattern: ASKER, by: ' ', needs: ['ask', 'want', 'wonder'] },
  { pattern: PURPOSE, by: ' ', needs: ['for '] },
  { pattern: FACT_CHECK, by: ' ', needs: ['back', 'bear', 'confirm'] },
  {
    pattern: AUTHOR_VOICE,
    by: 'the article',
    needs: ['author', 'writer', 'reporter', 'journalist', 'columnist', 'blogger'],
  },
  { pattern: THE_POST, by: 'the article', needs: ['post'] },
  // "what's this piece mainly about": every word is a stopword, yet it asks for the summary.
  { pattern: WHAT_IS_IT_ABOUT, by: ' summary ', needs: ['about'] },
  // "jon sopel's job title", "zuck's title at facebook": a person's job, not the article's title (its headline).
  { pattern: /\b(?:job|official|his|her|their)\s+title\b|\btitle(?= at\b)/g, by: 'job', needs: ['title'] },
  // "tl;dr", "tldr", "tl dr": chat for "the summary", however a pack happens to spell it.
  { pattern: /\btl\s*[;:,./]?\s*dr\b/g, by: ' summary ', needs: ['tl'] },
  // "what China earns over what it spends", "the gap between what it earned and spent": a surplus, not earnings.
  { pattern: /\bearn(?:s|ed|ing)?\b([^.?!]{0,40}?)\bspen(?:d|ds|t|ding)\b/g, by: 'surplus $1', needs: ['earn'] },
];

/** Full-width forms, accents, control characters, curly quotes and dashes folded to what people type on a keyboard. */
function foldCharacters(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // "Māori", "café", "Pokémon": accents are off, as people type them ("maori"), and the tokenizer reads a-z only.
      .normalize('NFD')
      .replace(/(?<=[a-z])[\u0300-\u036f]+/g, '')
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/[‘’`´]/g, "'")
      .replace(/[‐‑‒–—―]/g, '-')
  );
}
