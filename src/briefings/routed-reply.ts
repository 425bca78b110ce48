import type { Reply, Suggestion } from '../answer/reply.js';

// An engine's reply once routing has picked it: which briefing it came from, and the other briefings that also
// answer. Suggestions say their briefing too, since entry ids are only unique within one pack.

export type BriefingSuggestion = Suggestion & { pack: string };

/** Another briefing that answers the same question, offered as a button ("Also in: <briefing>"). */
export type AlsoIn = { pack: string; title: string; entryId: string; question: string };

export type RoutedReply = Omit<Reply, 'suggestions'> & {
  /** The briefing whose reply this is; null for a decline no single briefing gave. */
  pack: string | null;
  suggestions: BriefingSuggestion[];
  alsoIn: AlsoIn[];
};

export function fromBriefing(pack: string, reply: Reply, alsoIn: AlsoIn[] = []): RoutedReply {
  return { ...reply, pack, suggestions: reply.suggestions.map((s) => ({ ...s, pack })), alsoIn };
}
