import { isArticleLevel } from '../knowledge/article-level.js';
import type { Pack } from '../knowledge/schema.js';
import type { EntryIndex } from '../match/build-index.js';
import type { Match } from '../match/score.js';

// "who is Michelle King": an article says who someone is where it first names them ("his second-in-command, Michelle
// King (who, about a month later, would be named his successor)"). A drafted pack has no entry about a person, only
// the sentences that name them, often many, so none stands out and the question was declined. Asked who a name is
// and nothing else, the first drafted sentence naming it answers. Drafted sets: 6 more right, 1 more wrong (an alias
// read as another name), no out-of-scope question answered; a curated pack answers such questions from its own
// entries.

const WHO_IS = /^\s*who(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s/i;

/** The entry that introduces the one name a "who is X" question asks about, when the engine found no answer. */
export function introductionOf(pack: Pack, index: EntryIndex, match: Match, asking: string): number | undefined {
  if (!WHO_IS.test(asking)) return undefined;
  const topic = match.terms.filter((t) => t.kind !== 'intent');
  const name = topic[0]?.term;
  // The name alone: "who is the CEO of Hotelied" or "who's the developer behind Thumper" ask for someone else.
  if (!name || !topic.every((t) => t.kind === 'entity' && t.known && t.term === name) || match.unknownKeys.length > 0)
    return undefined;
  const first = pack.entries.findIndex(
    (entry, i) => entry.draft === true && !isArticleLevel(entry.id) && index.entryNames[i].has(name),
  );
  return first >= 0 ? first : undefined;
}
