import type { Candidate, Match } from '../match/score.js';

// Answer, hedge or decline. A wrong answer costs more than "I don't know": a candidate that lacks one of the
// question's key terms (a name, number or domain concept) is never answered with, however high it scores.

export type Decision =
  | { kind: 'answer' | 'hedge'; chosen: Candidate; confidence: number; alternatives: Candidate[] }
  | { kind: 'decline'; confidence: number; nearby: Candidate[] };

/** Above threshold + HEDGE_BAND the answer stands alone; between the two it comes with "did you mean". */
export const HEDGE_BAND = 0.12;
/** Two eligible entries closer than this are a toss-up: answer the first, offer the second. */
const TIE_MARGIN = 0.04;
/** Confidence cap for a question about something the pack does not know (below any sane threshold). */
const UNKNOWN_KEY_CAP = 0.2;
/**
 * How much of a question may be unknown names or metrics before it counts as being about them. A year the pack
 * never mentions always counts; a name in a long question full of context ("we sell in Vietnam...") may not.
 */
const UNKNOWN_SHARE_LIMIT = { year: 0, metric: 0.08, name: 0.15 } as const;

/** True when the question's unknown words are what it is really about (another company, metric or year). */
export function isAboutUnknown(match: Match): boolean {
  if (match.totalWeight === 0) return false;
  return (['year', 'metric', 'name'] as const).some((kind) => {
    const weight = match.unknownKeys.filter((k) => k.kind === kind).reduce((sum, k) => sum + k.weight, 0);
    return weight > 0 && weight / match.totalWeight > UNKNOWN_SHARE_LIMIT[kind];
  });
}

export function decide(match: Match, threshold: number): Decision {
  const top = match.candidates[0];
  if (!top) return { kind: 'decline', confidence: 0, nearby: [] };
  const eligible = match.candidates.filter(
    (c) => c.missingKeys.length === 0 && !c.onlyNamesMatched && !c.unanchored && !c.lacksCount,
  );
  const chosen = eligible[0];
  if (!chosen) return { kind: 'decline', confidence: Math.min(top.score, UNKNOWN_KEY_CAP), nearby: match.candidates };

  let confidence = chosen.score;
  if (isAboutUnknown(match)) confidence = Math.min(confidence, UNKNOWN_KEY_CAP);
  if (confidence < threshold) return { kind: 'decline', confidence, nearby: match.candidates };

  const alternatives = eligible.slice(1).filter((c) => c.score >= threshold * 0.8);
  const tied = alternatives.length > 0 && chosen.score - alternatives[0].score < TIE_MARGIN;
  const kind = confidence >= threshold + HEDGE_BAND && !tied ? 'answer' : 'hedge';
  return { kind, chosen, confidence: Math.min(1, confidence), alternatives };
}
