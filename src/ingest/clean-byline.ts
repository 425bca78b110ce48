import { isFirstName } from './first-names.js';
import { clean } from './html-paragraphs.js';

// What a page gives as its byline, as the writer's name a reply can say ("The article is by Juli Clover"). Reader
// views take the byline from wherever the page's theme puts it, so it comes with whatever the theme puts beside it:
// the date, a reading time, the writer's role or profile links, an editor's or photographer's credit.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const BYLINE_DATE = new RegExp(
  `(?:\\d{4}年|\\b(?:last\\s+)?(?:updated|published|posted)\\b|\\b${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}(?:\\s|$)|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}[:/]\\d{2}).*$`,
  'i',
);

/** "Photograph by Tyrone Turner, National Geographic Creative": a credit for the pictures, not for the words. */
const PICTURE_CREDIT = /^(?:photo(?:graph)?s?|photography|images?|illustrations?|video)\s+(?:by|credit)\b/i;

/** "Wednesday January 18, 2017 10:44 am PST by Juli Clover", "Posted on March 3, 2016 by Ana": a date, then the writer. */
const DATE_THEN_WRITER = /^.*?\d.*?\bby\s+(?=\p{Lu})/su;

/** "Written by Rob Ewaschuk Edited by Betsy Beyer": the writer, not who edited or illustrated the piece. */
const OTHER_CREDIT = /\s+(?:edited|photos?|photographs?|photography|illustrations?|graphics|video)\s+by\b.*$/i;

/** "Lindsay Dunsmuir5 Min Read": a reading time glued on. */
const READING_TIME = /\s*\d+\s*min(?:ute)?s?\s+read\b.*$/i;

/** "Howard BlumeStaff Writer", "Rebecca Hersher Twitter", "Pete Evans · CBC News": a role, profile links, an outlet. */
const AFTER_NAME =
  /(?:\s*(?:staff|senior|contributing|special|chief)\s+(?:writer|reporter|correspondent|editor|columnist)s?|(?:\s+(?:twitter|facebook|instagram|linkedin|email|e-mail))+|\s+[·|•]\s+.*)$/i;

/**
 * "Joe DavidsonWashington PostDec 13, 2016 at", "Meg WagnerNEW YORK DAILY NEWSDec 16, 2016": the theme's next field
 * (the outlet, the date) glued to the writer's full name with no space. Not inside a name ("Tom DiChristopher",
 * "Ian MacKenzie"): the join comes after four lower-case letters, in a word after the first.
 */
const GLUED_FIELD = /^(\S+(?:\s+\S+)*?\s+\S*?\p{Ll}{4})\p{Lu}.*$/u;

/** "ERIC TUCKERAssociated Press": the same, after a name set in capitals. */
const GLUED_AFTER_CAPITALS = /^(.*?\p{Lu}{3,})\p{Lu}\p{Ll}{2,}.*$/u;

/** "Condé Nast": a publishing house some pages name as every story's author, which wrote none of them. */
const PUBLISHER = /^(?:cond[eé] nast|hearst(?: communications)?|gannett(?: co\.?)?|meredith(?: corporation)?)$/i;

/** "Michael Larabel in Valve on": what a theme's "Written by X in <category> on <date>" leaves once the date is cut. */
const CATEGORY_LEFT = /\s+(?:in\s+[^,]{1,40}?\s+)?on\s*$/i;

/** "Follow Author": the buttons beside a writer's name, where a theme leaves the name out of the byline. */
const BUTTON_WORDS = /^(?:(?:follow|subscribe|share|view|see|more|all|posts|profile|author|by|the)\b\s*)+$/i;

export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const whole = clean(byline);
  if (PICTURE_CREDIT.test(whole) || BUTTON_WORDS.test(whole)) return null;
  // Readability sometimes returns a date line or a whole paragraph as the byline, or a name with its date glued on
  // ("Nathan Willis March 25, 2015", "Lucas Nolan22 Dec 2016").
  const text = whole
    .replace(GLUED_FIELD, '$1')
    .replace(GLUED_AFTER_CAPITALS, '$1')
    .replace(DATE_THEN_WRITER, '')
    // "ByTravis Haney": the word glued to the name. "Par", "Por", "投稿者": "by" in French, Spanish, Japanese.
    .replace(
      /^(?:(?:written|story|words|text|reported|reporting|analysis|commentary|opinion|review|interview)\s+)?(?:by\s+|By(?=\p{Lu})|(?:par|por)\s+(?=\p{Lu})|投稿者\s*)/iu,
      '',
    )
    .replace(OTHER_CREDIT, '')
    .replace(BYLINE_DATE, '')
    // "Aja Romano@ajaromano", "Julia Horowitz @juliakhorowitz": the writer's handle, and whatever the page ran on after it.
    .replace(/\s*@\w.*$/, '')
    // "Bradley M. Kuhn (http://ebb.org/bkuhn/)": the writer's home page.
    .replace(/\s*\(?\bhttps?:\/\/\S*/g, '')
    .replace(READING_TIME, '')
    .replace(AFTER_NAME, '')
    .replace(CATEGORY_LEFT, '')
    .replace(/(?:\s+and|[\s,;|·•/–—-])+$/i, '');
  if (PUBLISHER.test(text)) return null;
  if (text.length > 100 || !/\p{L}/u.test(text)) return null;
  return givenNameFirst(inCapitalsNoMore(text));
}

/**
 * "JOE HILDEBRAND", "TOM KRISHER, AP Auto Writer", "DANICA KIRKA and JILL LAWLESS": names set in capitals, which a
 * reply should not shout ("Joe Hildebrand"). Only names all in capitals (but an "and" between them), of two words or
 * more; a role after them is kept as the page gives it ("AP Auto Writer", "AP").
 */
function inCapitalsNoMore(byline: string): string {
  return byline
    .split(',')
    .map((part) => {
      const words = part.trim().split(/\s+/);
      const shouted =
        words.length >= 2 && words.every((w) => w === 'and' || (/\p{Lu}{2}/u.test(w) && !/\p{Ll}/u.test(w)));
      if (!shouted) return part;
      return part
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
        .replace(/ And /g, ' and ');
    })
    .join(',');
}

const NAME_PARTICLE = / (?:de|van|von|der|den|da|di|del|du|le|la|bin|al)$/;

/** "Jong, Michiel de": a catalogue's surname-first order, as people say it ("Michiel de Jong"). */
function givenNameFirst(name: string): string {
  const match = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+)*)$/u.exec(name);
  // The given name is one people are called by, or the surname's particle was moved behind it ("Michiel de").
  if (!match || !(isFirstName(match[2].split(' ')[0]) || NAME_PARTICLE.test(match[2]))) return name;
  return `${match[2]} ${match[1]}`;
}
