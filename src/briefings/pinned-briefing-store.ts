import type { BriefingStore } from './briefing-store.js';
import type { LiveCatalogue } from './live-catalogue.js';
import { BRIEFING_STORE_MESSAGES } from './store-messages.js';

// PACK_DIR pins the bot to one pack: nothing can be added or removed from Slack, whatever the store.

export function createPinnedBriefingStore(live: LiveCatalogue): BriefingStore {
  const pinned = { ok: false as const, error: { code: 'pinned' as const, message: BRIEFING_STORE_MESSAGES.pinned } };
  return {
    isTaken: async (id) => live.current().get(id) !== undefined,
    add: async () => pinned,
    remove: async () => pinned,
    close: async () => undefined,
  };
}
