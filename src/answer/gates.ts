import type { Candidate } from '../match/score.js';
import type { Gate } from './explanation.js';

// The tests an entry must pass to be answered with, whatever its score (see Candidate in match/score.ts), read in one
// place: deciding (confidence.ts) and explaining (explain.ts) must name the same ones. (Written twice, a gate added
// to the decision was missing from ask --explain, which said a declined entry "passes every gate".)

/** The gates a candidate failed, in the order the answer layer cares about them. */
export function failedGates(c: Candidate): Gate[] {
  const failed: Gate[] = [];
  if (c.missingKeys.length > 0) failed.push('missing_key');
  if (c.onlyNamesMatched) failed.push('only_names_matched');
  if (c.loneWord) failed.push('lone_word');
  if (c.unanchored) failed.push('unanchored');
  if (c.lacksCount) failed.push('lacks_count');
  if (c.lacksDate) failed.push('lacks_date');
  if (c.lacksName) failed.push('lacks_name');
  if (c.metricElsewhere) failed.push('metric_elsewhere');
  return failed;
}

/**
 * Every gate passed but the lone word's, which only says an entry shares one word: a question about something else is
 * still judged on such an entry (see decide in confidence.ts).
 */
export function passesGatesButLoneWord(c: Candidate): boolean {
  return failedGates(c).every((gate) => gate === 'lone_word');
}
