import { buildInbox } from '../inbox.js';
import { type PlacedItem, placeItems } from '../nearest-entries.js';
import type { StudioBriefing } from '../studio-briefings.js';
import type { StudioDeps } from '../studio-http.js';

/** The curator's list from the store, each question placed in a briefing with its nearest entries. */
export async function readInbox(deps: StudioDeps, briefings: readonly StudioBriefing[]): Promise<PlacedItem[]> {
  const [unanswered, feedback, handled] = await Promise.all([
    deps.store.listUnanswered(),
    deps.store.listFeedback(),
    deps.store.listHandled(),
  ]);
  return placeItems(buildInbox(unanswered, feedback, handled), briefings);
}
