import { escapeRegExp } from './escape-regexp.js';
import { VOICE_VERB } from './normalise.js';
import { ENGLISH_STOPWORDS } from './stopwords.js';

// "what did gillmor say about privacy", "how does krishnan describe atf": the writer named in a question about what
// the article says is the article's own voice, as "the author" is (see normalise.ts), not a name the answer must
// contain. An essay in the first person never names its writer in the sentence that answers.

/**
 * The page's writers, by full name and surname ("daniel kahn gillmor", "kahn gillmor", "gillmor"), and by first name
 * where the article gives it to no one else ("what did courtney say" of Courtney Kirchoff's essay), before a verb of
 * saying, or after "according to".
 */
export function authorVoicePattern(sources: readonly { author?: string | null; text?: string }[]): RegExp | undefined {
  const forms = new Set<string>();
  for (const { author, text } of sources) {
    for (const name of (author ?? '').split(/\s*(?:,|&|\||\band\b)\s*/)) {
      const words = name
        .toLowerCase()
        .replace(/[^\p{L}\s'-]/gu, ' ')
        .split(/\s+/)
        .filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const form = words.slice(i).join(' ');
        if (form.length >= 3 && !ENGLISH_STOPWORDS.has(form)) forms.add(form);
      }
      const first = words[0];
      if (words.length >= 2 && first.length >= 3 && !ENGLISH_STOPWORDS.has(first) && onlyTheirs(first, words, text))
        forms.add(first);
    }
  }
  if (forms.size === 0) return undefined;
  const names = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`\\baccording to (?:${names})\\b|\\b(?:${names})\\b(?= ${VOICE_VERB})`, 'giu');
}

/** The question with the writer's name in the article's voice read as "the author" ("according to X" dropped). */
export function inAuthorVoice(question: string, pattern: RegExp | undefined): string {
  return pattern ? question.replace(pattern, (found) => (/^according/i.test(found) ? ' ' : 'the author')) : question;
}

/** Whether the article gives this first name to no one else: never before a surname other than the writer's. */
function onlyTheirs(first: string, words: readonly string[], text: string | undefined): boolean {
  const surname = words.slice(1).join(' ');
  for (const [, next] of (text ?? '').matchAll(
    new RegExp(`\\b${escapeRegExp(first)}\\s+(\\p{L}+(?:\\s+\\p{L}+)*)`, 'giu'),
  )) {
    if (/^\p{Lu}/u.test(next) && !`${next.toLowerCase()} `.startsWith(`${surname} `)) return false;
  }
  return true;
}
