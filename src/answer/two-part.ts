import type { Pack } from '../knowledge/schema.js';
import { type EntryIndex, FIELD_WEIGHTS } from '../match/build-index.js';
import { withContextOf } from '../match/compound.js';
import { isEntityTerm } from '../match/lexicon.js';
import { scoreQuestion } from '../match/score.js';
import { LIGHT_ENGLISH_WORDS } from '../match/stopwords.js';
import { composeCombinedReply, composeEntryReply } from './compose.js';
import { decide } from './confidence.js';
import type { Lead } from './lead.js';
import type { Reply } from './reply.js';

// "Who is Han Wenxiu, and what did he say?": each part answered by its own entry. The second answer is only added
// when it answers something the first does not, so a vague tail ("is it seen as permanent?") adds no noise.

/**
 * The answer to a two-part question (its parts from splitCompound): both entries' answers, or the first's when it
 * covers both; undefined when a part cannot be answered.
 */
export function answerTwoParts(
  pack: Pack,
  index: EntryIndex,
  question: string,
  parts: readonly [string, string],
  threshold: number,
  leadFor: (asked: string) => Lead,
): Reply | undefined {
  const firstMatch = scoreQuestion(index, parts[0]);
  const first = decide(firstMatch, threshold);
  if (first.kind !== 'answer') return undefined;
  // What "it", "he" and "there" in the second part point back at: the names and numbers of the first part, and the
  // names its answer gives ("Which market is RedNote's second largest, and who else is expanding there?": Malaysia).
  const asked = firstMatch.terms.filter((t) => t.known && (t.kind === 'entity' || t.kind === 'number'));
  const answered = [...index.entryTerms[first.chosen.entry]]
    .filter(([term, weight]) => isEntityTerm(term) && weight >= FIELD_WEIGHTS.answer)
    .map(([term]) => index.lexicon.names.get(term) ?? '');
  const topics = [...new Set([...asked.map((t) => t.surface), ...answered])].filter(Boolean);
  let secondMatch = scoreQuestion(index, withContextOf(topics, parts[1]));
  // "... and who's saying it?": a second part with no topic of its own asks about the whole of the first.
  if (secondMatch.leans) secondMatch = scoreQuestion(index, `${parts[0]}\n${parts[1]}`);
  const second = decide(secondMatch, threshold);
  if (second.kind === 'decline') return undefined;
  // Both parts lead to one entry, or the first part's answer already says what the second asks: that answer alone.
  // One answer for both parts opens for the whole question ("In which month, and in which year ..."); two answers
  // each open for their own part ("Who is Han Wenxiu" / "what did he say").
  const firstAlone = () =>
    composeEntryReply(
      pack,
      pack.entries[first.chosen.entry],
      question,
      Math.min(first.confidence, second.confidence),
      leadFor(`${parts[0]} ${parts[1]}`),
    );
  if (second.chosen.entry === first.chosen.entry) return firstAlone();

  const [a, b] = [first.chosen.entry, second.chosen.entry];
  // What the second part itself asks (not the names carried over, not small talk around it), matched by the second
  // entry and missing from the first: without such a term the second answer only repeats or wanders.
  const askedSecond = secondMatch.terms.filter(
    (t) => t.known && !t.context && !(t.kind === 'word' && LIGHT_ENGLISH_WORDS.has(t.surface)),
  );
  const addsSomething = askedSecond.some((t) => index.entryTerms[b].has(t.term) && !index.entryTerms[a].has(t.term));
  const entries = [pack.entries[a], pack.entries[b]];
  const firstQuotes = new Set(entries[0].citations.map((c) => c.quote));
  const newSource = entries[1].citations.some((c) => !firstQuotes.has(c.quote));
  if (!addsSomething || !newSource) return firstAlone();
  const leads = [leadFor(parts[0]), leadFor(withContextOf(topics, parts[1]))];
  return composeCombinedReply(pack, entries, question, Math.min(first.confidence, second.confidence), leads);
}
