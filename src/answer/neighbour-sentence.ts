import { isArticleLevel } from '../knowledge/article-level.js';
import { joinSentences } from '../knowledge/join-sentences.js';
import { isListEntry } from '../knowledge/list-entry.js';
import type { Pack, QaEntry } from '../knowledge/schema.js';
import type { EntryIndex } from '../match/build-index.js';
import type { Match } from '../match/score.js';

// A drafted entry is one sentence of the article (with the sentence it leans on or that finishes it), and a question
// often asks about two sentences side by side: "what is the halibut catch limit this year" matches the sentence on
// the commission that manages catch limits, and the limit itself is in the next paragraph. When the sentence next to
// the chosen one holds question words the chosen one lacks, the reply quotes it too. Measured on the drafted
// more-articles sets: 15 wrong answers made right, none of the right ones lost; the never-read held-out sets, 4 more
// right and 4 fewer wrong (docs/answer-quality.md, session 25).

/** How much of the question's weight the neighbour must add: less, and a stray shared word pulls in a sentence. */
const NEIGHBOUR_SHARE = 0.1;

/**
 * The drafted sentence before or after the chosen one (in its paragraph, or across a paragraph break) that holds most
 * of what the question asks and the chosen entry does not say, as an entry quoting only its sentences the chosen one
 * does not already quote; undefined when there is none.
 */
export function neighbourToQuote(
  pack: Pack,
  index: EntryIndex,
  match: Match,
  chosen: number,
): { entry: QaEntry; before: boolean } | undefined {
  const entry = pack.entries[chosen];
  if (!isNeighbourly(entry)) return undefined;
  const lacking = match.terms.filter(
    (t) => t.known && t.kind !== 'intent' && !t.context && !index.entryTerms[chosen].has(t.term),
  );
  if (lacking.length === 0) return undefined;
  const here = firstParagraph(entry);
  let best: { entry: QaEntry; before: boolean; weight: number } | undefined;
  for (const at of [chosen - 1, chosen + 1]) {
    const other = pack.entries[at];
    if (!other || !isNeighbourly(other) || Math.abs(firstParagraph(other) - here) > 1) continue;
    const weight = lacking.filter((t) => index.entryTerms[at].has(t.term)).reduce((sum, t) => sum + t.weight, 0);
    const unquoted = notYetQuoted(entry, other);
    if (unquoted && weight > 0 && weight >= NEIGHBOUR_SHARE * match.totalWeight && weight > (best?.weight ?? 0))
      best = { entry: unquoted, before: at < chosen, weight };
  }
  return best && { entry: best.entry, before: best.before };
}

/** A drafted sentence of the article: not a list (several lines already), nor a line about the article itself. */
function isNeighbourly(entry: QaEntry): boolean {
  return entry.draft === true && !isListEntry(entry) && !isArticleLevel(entry.id) && entry.citations.length > 0;
}

function firstParagraph(entry: QaEntry): number {
  return Math.min(...entry.citations.map((c) => c.paragraph));
}

/** The neighbour with the sentences the chosen entry quotes taken out (drafted entries share the ones they lean on). */
function notYetQuoted(chosen: QaEntry, other: QaEntry): QaEntry | undefined {
  const quoted = chosen.citations.map((c) => c.quote).join('\n');
  const citations = other.citations.filter((c) => !quoted.includes(c.quote));
  if (citations.length === 0) return undefined;
  if (citations.length === other.citations.length) return other;
  return { ...other, citations, answer: joinSentences(citations.map((c) => c.quote)) };
}
