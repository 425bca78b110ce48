import { escapeRegExp } from '../match/escape-regexp.js';
import { shorthandFor, spokenForm } from '../match/normalise.js';

// A decline names the words of the question the briefing lacks, as the asker typed them. Matching reads the question
// in its own words: a hyphenated word as its parts ("add-ons" -> "add", "ons") and chat phrases as what they mean
// ("market cap" -> "capitalization"), so a reply naming those would name words the asker never typed.

const HYPHENATED = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)+/gu;

/** The word or phrase of `question` that the matcher's `word` was read from. */
export function asAsked(word: string, question: string): string {
  const typed = question.toLowerCase();
  for (const [hyphenated] of typed.matchAll(HYPHENATED))
    if (hyphenated.split(/[-‐‑]/).includes(word) || hyphenated.replace(/[-‐‑]/g, '') === word) return hyphenated;
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(typed)) return word;
  return shorthandFor(word).find((phrase) => typed.includes(phrase)) ?? spokenForm(word);
}
