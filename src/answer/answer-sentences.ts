// An entry's answer as the sentences a reply is composed from, and which of them only say what the article does not
// give ("The article does not say when the purchase happened or who holds the rest"): such a sentence answers the
// question that asks for that detail, and is a tail the reader skips on every other.

import { splitSentences as readSentences } from '../ingest/sentences.js';

/**
 * The sentences of a text, trimmed, in order, split as drafting splits the article: never after "Rep." or "Paul D.",
 * which would let a reply lead with the half of a sentence that holds the figure and garble the quote.
 */
export function splitSentences(text: string): string[] {
  return readSentences(text).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** "The article does not say ...", "It gives no exact growth percentage.", "The article says nothing else about ...". */
const ABSENCE =
  /^(?:but |and |however, )?(?:the article|the piece|the source(?: text)?|it|neither|nor)\b[^.;:]{0,30}?\b(?:does not|doesn't|did not|didn't|do not|don't|gives? no|names? no|says? nothing|says? no|mentions? no|offers? no|has no|never)\b|\bcan(?:'t|not) be (?:pinned|dated)\b/i;

/** A sentence that only says what the article does not give. */
export function isAbsence(sentence: string): boolean {
  return ABSENCE.test(sentence);
}

/** "... last December (the article gives no year)": an aside in brackets that says what the article does not give. */
const ABSENCE_ASIDE =
  /\s*\((?:the article|it)\s[^()]*?\b(?:gives? no|does not|doesn't|says? nothing|names? no)\b[^()]*\)/gi;

/** The asides of a sentence that say what the article does not give, each as written. */
export function absenceAsides(sentence: string): string[] {
  return [...sentence.matchAll(ABSENCE_ASIDE)].map((m) => m[0]);
}
