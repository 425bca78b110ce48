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
/** Unknown names, metrics or years in a question cap its confidence below any sane threshold. */
const UNKNOWN_KEY_CAP = 0.2;

export function decide(match: Match, threshold: number): Decision {
  const top = match.candidates[0];
  if (!top) return { kind: 'decline', confidence: 0, nearby: [] };
  const eligible = match.candidates.filter((c) => c.missingKeys.length === 0 && !c.onlyNamesMatched);
  const chosen = eligible[0];
  if (!chosen) return { kind: 'decline', confidence: Math.min(top.score, UNKNOWN_KEY_CAP), nearby: match.candidates };

  let confidence = chosen.score;
  if (match.unknownKeys.length > 0) confidence = Math.min(confidence, UNKNOWN_KEY_CAP);
  if (confidence < threshold) return { kind: 'decline', confidence, nearby: match.candidates };

  const alternatives = eligible.slice(1).filter((c) => c.score >= threshold * 0.8);
  const tied = alternatives.length > 0 && chosen.score - alternatives[0].score < TIE_MARGIN;
  const kind = confidence >= threshold + HEDGE_BAND && !tied ? 'answer' : 'hedge';
  return { kind, chosen, confidence: Math.min(1, confidence), alternatives };
}
