import type { Briefing } from './briefing.js';
import type { Catalogue } from './catalogue.js';
import { fromBriefing, type RoutedReply } from './routed-reply.js';

// A button names an entry (and, since several briefings are served, its briefing): its answer is rebuilt from the
// catalogue as it is now, so a click after a reload gets the current wording, or nothing if the entry is gone.

export type EntryRef = { entryId: string | null; question: string; pack?: string | null };

export function answerEntry(catalogue: Catalogue, ref: EntryRef | undefined): RoutedReply | undefined {
  if (!ref) return undefined;
  // "Which briefing do you mean?" offers a briefing whose article does not say (no entry to name): ask it again.
  if (!ref.entryId) {
    const briefing = ref.pack ? catalogue.get(ref.pack) : undefined;
    const reply = briefing?.engine().answer(ref.question);
    return briefing && reply && (reply.answered || reply.reason === 'not_stated')
      ? fromBriefing(briefing, reply)
      : undefined;
  }
  const briefing = briefingOfEntry(catalogue, ref.entryId, ref.pack);
  const reply = briefing?.engine().answerEntry(ref.entryId, ref.question);
  return briefing && reply ? fromBriefing(briefing, reply) : undefined;
}

/** The named briefing; for a button made before briefings were named, the first one with that entry. */
function briefingOfEntry(catalogue: Catalogue, entryId: string, pack?: string | null): Briefing | undefined {
  if (pack) return catalogue.get(pack);
  const first = entryId.split('+')[0];
  return catalogue.briefings.find((b) => b.pack.entries.some((entry) => entry.id === first));
}
