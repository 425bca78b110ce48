import type { AnswerKind, EntryIndex } from '../match/build-index.js';
import { splitQuestion } from '../match/focus.js';
import { intentTerms } from '../match/intent.js';
import { normaliseText } from '../match/normalise.js';
import { readNames } from '../match/read-names.js';
import { type WeightedTerm, weighQuestion } from '../match/weigh-question.js';

// What a question asks, as a reply's opening needs it: the figure or kind of answer wanted, whether it asks yes or
// no, and the places it names. Read from the asking sentence only, so the small talk around it asks for nothing.

export type Asking = {
  /** The asking sentence(s), normalised. */
  text: string;
  /** The asking sentence's terms (known to the pack or not, intents aside) with their weights. */
  terms: WeightedTerm[];
  /** Kinds of answer wanted: a time, a number, a share, money, a duration, a reason. */
  wants: AnswerKind[];
  /** Question kinds of the asking sentence (?who, ?why, ?when, ?where, ?say). */
  intents: ReadonlySet<string>;
  /** "Is ...?", "Did ...?", "..., right?": a question a yes or no answers. */
  yesNo: boolean;
  /** Words that make a plain "yes" claim more than the words of an answer can show: "only", "still", "not", "than". */
  qualified: boolean;
  /** The places the asking sentence names as its scope ("in the US"), as the pack names them. */
  places: string[];
  /** The parts of a date asked for by name ("what year", "which month"). */
  dateParts: DatePart[];
};

export type DatePart = 'year' | 'month' | 'day';
const DATE_PART = /\b(?:what|which|in what|in which|exact) (year|month|day|date)\b/g;

const YES_NO =
  /^(?:(?:so|and|but|ok|okay|also|hey|hi|btw|sorry|quick q(?:uestion)?|just checking|curious)\b[\s,:;.!-]*)*(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|can't)\b/;
const TAG_QUESTION = /,?\s*\b(?:right|correct|true|yes or no)\s*\??\s*$/;
const OPEN_QUESTION = /\b(?:what|who|whom|whose|which|when|where|why|how)\b|\bor\b/;
/** "Is there a cure?": a sentence that mentions a cure does not say there is one. */
const EXISTENTIAL = /^(?:\W*\w+\W+){0,3}?(?:is|are|was|were) there\b/;
const QUALIFIERS =
  /n't\b|\b(?:not|no|never|only|just|solely|all|every|each|entire|whole|entirely|completely|fully|always|still|already|yet|ever|anymore|than|exactly|instead)\b/;
/**
 * "Should I use email alerts?", "is it worth buying?": advice, which a sentence using the same words does not give
 * ("these alerts are classified as tickets, email alerts and pages").
 */
const ADVICE = /^(?:\W*\w+\W+){0,3}?(?:should|shall|ought)\b|\bworth\b|\brecommend/;
/** "More than", "bigger", "the first": a comparison a matching word does not settle. */
const COMPARATIVE =
  /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|better|worse|faster|slower|cheaper|first)\b/;
const SIZE_QUESTION = /\bhow (?:big|large|huge|large)\b|\bsize\b/;
/** "Chinese", "Malaysian": a word for a people describes; it does not set the scope of a figure. */
const DEMONYM = /(?:ese|ian|ean|ish|can)$/;

export function readAsking(index: EntryIndex, question: string): Asking {
  const focus = splitQuestion(question)
    .filter((part) => part.focus)
    .map((part) => part.text)
    .join(' ');
  const text = normaliseText(focus).trim();
  const weighed = weighQuestion(index, question);
  const terms = weighed.weighted.filter((t) => !t.context && t.kind !== 'intent');
  const intents = new Set(intentTerms(text).map((t) => t.term));
  const wants: AnswerKind[] = [...weighed.wants];
  if (SIZE_QUESTION.test(text) && !wants.includes('number')) wants.push('number');
  const dateParts = [...text.matchAll(DATE_PART)].map((m): DatePart => (m[1] === 'date' ? 'day' : (m[1] as DatePart)));
  if (dateParts.length > 0 && !wants.includes('time')) wants.push('time');
  const yesNo = (YES_NO.test(text) || TAG_QUESTION.test(text)) && !OPEN_QUESTION.test(text.replace(YES_NO, ''));
  // Only a question that names something can name a place (reading names weighs the question again).
  const names = terms.some((t) => t.kind === 'entity') ? readNames(index, focus).names : [];
  const places = names.filter((n) => n.place && n.known && !DEMONYM.test(n.surface)).map((n) => n.name);
  return {
    text,
    terms,
    wants,
    intents,
    yesNo,
    qualified: QUALIFIERS.test(text) || COMPARATIVE.test(text) || EXISTENTIAL.test(text) || ADVICE.test(text),
    places: [...new Set(places)],
    dateParts: [...new Set(dateParts)],
  };
}
