import { isoDay, monthNumber } from './calendar-day.js';
import type { ArticleSentence } from './draft-entry.js';

// The article's own lines that say what its metadata says: "First published February 1, 2016: 1:28 AM ET", "By
// Jonathan Corbet March 25, 2015", "Corey Kilgannon is a Metro reporter covering news ...". A drafted answer to "who
// wrote this?" or "when was it published?" cites them, so the reply shows the page's own words beside what was read
// from its metadata.

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g;

/** A date line is short: a sentence of the story that mentions the day is no date line. */
const MAX_DATELINE_WORDS = 14;

/** The first short line of the article that gives the day it was published (YYYY-MM-DD), in any common form. */
export function datelineOf(
  sentences: readonly ArticleSentence[],
  published: string | null,
): ArticleSentence | undefined {
  if (!published) return undefined;
  return sentences.find(
    (s) =>
      (s.text.split(/\s+/).length <= MAX_DATELINE_WORDS && datesIn(s.text).includes(published)) ||
      // "Feb. 23, 2015 -- Life-threatening peanut allergies ...": a long sentence opened by the dateline.
      datesIn(DATELINE.exec(s.text)?.[1] ?? '')[0] === published,
  );
}

function datesIn(text: string): string[] {
  const dates: (string | undefined)[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) dates.push(isoDay(m[3], monthNumber(m[1]), Number(m[2])));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) dates.push(isoDay(m[3], monthNumber(m[2]), Number(m[1])));
  for (const m of text.matchAll(ISO)) dates.push(isoDay(m[1], Number(m[2]), Number(m[3])));
  // "2/26/2015" in the United States, "26/2/2015" elsewhere: either reading may be the day.
  for (const m of text.matchAll(SLASHED))
    dates.push(isoDay(m[3], Number(m[1]), Number(m[2])), isoDay(m[3], Number(m[2]), Number(m[1])));
  return dates.filter((d): d is string => d !== undefined);
}

/**
 * "Tuesday 15 October 2019 by Bradley M. Kuhn", "Feb. 23, 2015 -- Life-threatening peanut allergies ...", "Posted on
 * March 3, 2016 at 10:44": a line near the top shaped as the day the story ran, not a date the story mentions
 * ("February 28, 1998; 18 years ago" is a fact of the article).
 */
const DATELINE = new RegExp(
  `^(?:(?:first\\s+)?(?:published|posted|updated)(?:\\s+on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b.*|\\s+by\\s+\\S.*|\\s*(?:--|—|–)\\s+\\S.*)?$`,
  'i',
);
/** How far down the page a dateline may be (paragraphs, the title being the first). */
const DATELINE_PARAGRAPHS = 6;
const BARE_DATE_PARAGRAPHS = 3;

/** The day a page that gives none in its metadata says it ran, from a dateline near its top (YYYY-MM-DD). */
export function publishedInLines(sentences: readonly ArticleSentence[]): string | undefined {
  for (const sentence of sentences) {
    if (sentence.paragraph > DATELINE_PARAGRAPHS) break;
    const match = DATELINE.exec(sentence.text);
    // A date alone on its line is the dateline only right under the headline: further down, an infobox's.
    if (match && (match[1] !== sentence.text.trim() || sentence.paragraph <= BARE_DATE_PARAGRAPHS))
      return datesIn(match[1])[0];
  }
  return undefined;
}

/**
 * The article's line about its writer: "Corey Kilgannon is a Metro reporter covering news and human interest
 * stories.", "Lucas Nolan is a reporter for Breitbart Tech." Only for a writer's full name, said at a sentence's start,
 * or the "Posted by" line the writer was read from (see writerInLines).
 */
export function authorLineOf(
  sentences: readonly ArticleSentence[],
  author: string | null,
): ArticleSentence | undefined {
  const posted = writerInLines(sentences);
  // "Will Dunham (Reuters)": the writers a wire story's credit names, the agency after them (see writerOf).
  if (posted && author?.startsWith(posted.author)) return posted.line;
  const names = (author ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.split(/\s+/).length >= 2);
  if (names.length === 0) return undefined;
  return sentences.find((s) =>
    names.some((name) => {
      const start = s.text.slice(0, name.length);
      return (
        start.toLowerCase() === name.toLowerCase() &&
        /^\s+(?:is|was|writes|covers|reports|has|joined)\b/i.test(s.text.slice(name.length))
      );
    }),
  );
}

/** How far down the page a "Posted by" line may be (paragraphs, the title being the first). */
const WRITER_LINE_PARAGRAPHS = 4;
const WRITER_LINE_WORDS = 16;
const WRITER_LINE = /^(?:(?:posted|written|published|words|story|text|reported)\s+)?by:?\s+(.+)$/iu;
/** "Andrew Hayden, Software Engineer on Google Play": a job after the name, which is no second writer. */
const JOB =
  /\b(?:engineer|editor|writer|reporter|correspondent|columnist|manager|director|developer|designer|producer|analyst|scientist|researcher|professor|founder|president|officer|lead|head|chief|staff|intern|contributor|team)s?\b/i;

/**
 * A wire story's credit at its end: "Reporting by Rodrigo Campos; additional reporting by ...; Editing by Nick
 * Ziemin", "(Reporting by Will Dunham; Editing by Tom Brown)". Its reporters are the story's writers.
 */
const CREDIT_LINE = /^\(?reporting by\s+([^;()]+)/i;
/** How far from the page's end a wire credit may be (paragraphs). */
const CREDIT_PARAGRAPHS = 3;
/** A wire agency given as a story's author: the reporters its credit names wrote it. */
const AGENCY =
  /^(?:reuters|thomson reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg)$/i;

/**
 * The writers a page names in its own lines, and the line that names them: at its top ("Posted by Andrew Hayden,
 * Software Engineer on Google Play", "Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15", "By Justine Coleman -
 * 11/18/19 11:04 PM EST"), or in a wire story's credit at its end (CREDIT_LINE).
 */
export function writerInLines(
  sentences: readonly ArticleSentence[],
): { author: string; line: ArticleSentence } | undefined {
  for (const sentence of sentences) {
    if (sentence.paragraph > WRITER_LINE_PARAGRAPHS) break;
    if (sentence.text.split(/\s+/).length > WRITER_LINE_WORDS) continue;
    const named = WRITER_LINE.exec(sentence.text.trim())?.[1];
    const author = named && writersIn(named.split(/\s+on\s+|\s*[|·]\s*|\s+[-–—]\s+/u)[0]);
    if (author) return { author, line: sentence };
  }
  const last = sentences.at(-1)?.paragraph ?? 0;
  for (const sentence of sentences.filter((s) => s.paragraph > last - CREDIT_PARAGRAPHS)) {
    const named = CREDIT_LINE.exec(sentence.text.trim())?.[1];
    const author = named && writersIn(named.replace(/\s*\.$/, ''));
    if (author) return { author, line: sentence };
  }
  return undefined;
}

/** "Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash": the names before a job or a lower-case clause. */
function writersIn(named: string): string {
  const writers = [];
  for (const part of named.split(/\s*,\s*/)) {
    if (JOB.test(part) || !/^\p{Lu}|^\p{Ll}+$/u.test(part)) break;
    writers.push(part);
  }
  return writers.join(', ');
}

/**
 * Who wrote the article: its metadata's author, unless the page's own lines say more. A "By" line naming that author
 * and others names them all ("By Stefan Becket, Kathryn Watson, Grace Segers" where the metadata gives the first); a
 * wire story its metadata credits to the agency was written by the reporters its credit names ("Will Dunham
 * (Reuters)").
 */
export function writerOf(sentences: readonly ArticleSentence[], metaAuthor: string | null): string | null {
  const inLines = writerInLines(sentences)?.author;
  if (!metaAuthor || !inLines) return metaAuthor ?? inLines ?? null;
  // More names after the same first one, not more words ("By Zach Hanlon 5 minute Read").
  if (inLines.toLowerCase().startsWith(`${metaAuthor.toLowerCase()}, `)) return inLines;
  return AGENCY.test(metaAuthor.trim()) ? `${inLines} (${metaAuthor})` : metaAuthor;
}
