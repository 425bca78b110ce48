// When a quote is not verbatim, say where it goes wrong: the usual cause is one character typed differently (a
// straight apostrophe for the article's curly one, a hyphen for a dash), which no one finds by eye in a long quote.

/** Substitutions a near miss may have; more than this and the quote is simply another text. */
const MAX_SUBSTITUTIONS = 3;
/** A quote agreeing with the paragraph for at least this many characters before it departs is worth pointing at. */
const MIN_SHARED_PREFIX = 12;
const CONTEXT = 20;

export type Mismatch = {
  /** Where in the paragraph the quote lines up best. */
  at: number;
  /** "quote has ' (U+0027) where paragraph 4 has ’ (U+2019), at '...Temu's share...'" (one per differing character). */
  differences: string[];
};

/** What the message calls the two texts: the quote (or value, statement) and where it should be ("paragraph 4"). */
export type MismatchNames = { needle: string; where: string };

/**
 * How a quote (whitespace normalised) differs from the text it should be in, or undefined when it is too far from it
 * to say.
 */
export function describeMismatch(quote: string, text: string, names: MismatchNames): Mismatch | undefined {
  return substituted(quote, text, names) ?? departed(quote, text, names);
}

/** The same length as a run of the text, differing in a few characters: name each. */
function substituted(quote: string, text: string, { needle, where }: MismatchNames): Mismatch | undefined {
  const q = [...quote];
  const t = [...text];
  let best: { at: number; diffs: number[] } | undefined;
  for (let at = 0; at + q.length <= t.length; at++) {
    const diffs: number[] = [];
    for (let k = 0; k < q.length && diffs.length <= MAX_SUBSTITUTIONS; k++) if (q[k] !== t[at + k]) diffs.push(k);
    if (diffs.length <= MAX_SUBSTITUTIONS && (!best || diffs.length < best.diffs.length)) best = { at, diffs };
  }
  // A quote of a few characters lines up with anything: only a long enough agreement says which text was meant.
  if (!best || best.diffs.length === 0 || q.length - best.diffs.length < MIN_SHARED_PREFIX) return undefined;
  const { at, diffs } = best;
  return {
    at,
    differences: diffs.map(
      (k) => `${needle} has ${describeChar(q[k])} where ${where} has ${describeChar(t[at + k])}, at '${excerpt(q, k)}'`,
    ),
  };
}

/** A quote that agrees with the text for a while, then goes its own way (a word added, left out or changed). */
function departed(quote: string, text: string, { needle, where }: MismatchNames): Mismatch | undefined {
  const q = [...quote];
  const t = [...text];
  let best = { at: -1, length: 0 };
  for (let at = 0; at < t.length; at++) {
    let k = 0;
    while (k < q.length && at + k < t.length && q[k] === t[at + k]) k++;
    if (k > best.length) best = { at, length: k };
  }
  if (best.length < MIN_SHARED_PREFIX) return undefined;
  const k = best.length;
  const agreed = `${k > CONTEXT ? '...' : ''}${q.slice(Math.max(0, k - CONTEXT), k).join('')}`;
  const next = (chars: string[], from: number) =>
    from < chars.length ? `'${chars.slice(from, from + CONTEXT / 2).join('')}...'` : 'nothing more';
  return {
    at: best.at,
    differences: [
      `${needle} agrees with ${where} up to '${agreed}', then has ${next(q, k)} where ${where} has ${next(t, best.at + k)}`,
    ],
  };
}

/** ’ (U+2019), or "space (U+0020)" for characters that do not show. */
export function describeChar(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /\s/.test(char) ? `a space (${code})` : `${char} (${code})`;
}

/** The quote around position k, marked with ... where it is cut. */
function excerpt(chars: string[], k: number): string {
  const from = Math.max(0, k - CONTEXT);
  const to = Math.min(chars.length, k + CONTEXT);
  return `${from > 0 ? '...' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '...' : ''}`;
}
