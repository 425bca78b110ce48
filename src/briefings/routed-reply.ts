import type { Reply, Suggestion } from '../answer/reply.js';
import type { Source } from '../knowledge/schema.js';
import { type Briefing, briefingLabel } from './briefing.js';

// An engine's reply once routing has picked it: which briefing it came from, and the other briefings that also
// answer. Suggestions say their briefing too, since entry ids are only unique within one pack.

export type BriefingSuggestion = Suggestion & { pack: string };

/** Another briefing that answers the same question, offered as a button ("Also in: <briefing>"). */
export type AlsoIn = { pack: string; title: string; entryId: string; question: string };

/**
 * What a reader is told of the reply's briefing (title, date) and its sources, taken when the reply is made, so a
 * reply rendered after a reload still names the briefing it came from.
 */
export type CitedBriefing = { title: string; date: string | null; sources: Pick<Source, 'id' | 'title'>[] };

export type RoutedReply = Omit<Reply, 'suggestions'> & {
  /** The briefing whose reply this is; null for a decline no single briefing gave. */
  pack: string | null;
  suggestions: BriefingSuggestion[];
  alsoIn: AlsoIn[];
  /** Null with pack. */
  briefing: CitedBriefing | null;
};

export function fromBriefing(briefing: Briefing, reply: Reply, alsoIn: AlsoIn[] = []): RoutedReply {
  const pack = briefing.id;
  return {
    ...reply,
    pack,
    suggestions: reply.suggestions.map((s) => ({ ...s, pack })),
    alsoIn,
    briefing: { ...briefingLabel(briefing), sources: briefing.pack.meta.sources },
  };
}
