import { escapeRegExp } from '../match/escape-regexp.js';
import { UNSPACED_LETTERS } from './language.js';

const SPACELESS = `[${UNSPACED_LETTERS}]`;

/** Any of a name's forms as a whole word, the longest first ("Congress" is not named by "Congressional"). */
export function namePattern(forms: string[]): RegExp {
  const alternatives = forms
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // A letter next to a name makes it part of a longer word, unless it is Chinese or Japanese, which put no space
  // between words ("DeepMind新电脑").
  return new RegExp(`(?<![\\p{L}\\p{N}](?<!${SPACELESS}))(?:${alternatives})(?![\\p{L}\\p{N}](?<!${SPACELESS}))`, 'u');
}

/**
 * Whether a text names any of the forms, as namePattern says. Drafting asks it of every entity for every sentence, so
 * the pattern runs only on a text holding one of the forms as written: a 31,000-word PDF had drafted in 92 s, most of
 * it in these patterns.
 */
export function nameMatcher(forms: string[]): (text: string) => boolean {
  const written = forms.filter(Boolean);
  const pattern = namePattern(written);
  return (text) => written.some((form) => text.includes(form)) && pattern.test(text);
}
