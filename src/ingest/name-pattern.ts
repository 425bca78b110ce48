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
