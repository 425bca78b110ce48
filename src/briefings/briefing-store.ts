import type { DraftedPack } from '../ingest/draft-pack.js';
import type { Briefing } from './briefing.js';

// Where briefings added from Slack are kept, and how every instance comes to serve them: a pack folder in
// KNOWLEDGE_DIR with the file store (folder-briefing-store.ts), Redis with REDIS_URL (redis-briefing-store.ts), and
// nowhere when PACK_DIR pins one pack (pinned-briefing-store.ts). Whichever, the pack loader checks a drafted pack
// before it is kept, and add() returns once this instance serves it.

export type AddedBy = { userId: string; fileName: string; at: string };

export type BriefingStoreErrorCode = 'id_taken' | 'invalid_draft' | 'write_failed' | 'not_removable' | 'pinned';
export type BriefingStoreError = { code: BriefingStoreErrorCode; message: string };

export type AddBriefingResult =
  | {
      ok: true;
      briefing: Briefing;
      /** Where it is kept, for the curator: the pack folder, or Redis. */
      keptIn: string;
    }
  | { ok: false; error: BriefingStoreError };

export type RemoveBriefingResult =
  | {
      ok: true;
      /** What happened to its files: the folder it was moved to, or that they were deleted from Redis. */
      filesNow: string;
    }
  | { ok: false; error: BriefingStoreError };

export type BriefingStore = {
  /** True when a new briefing cannot take this id: a briefing is served under it, or one is kept under it here. */
  isTaken(id: string): Promise<boolean>;
  add(drafted: DraftedPack, by: AddedBy): Promise<AddBriefingResult>;
  remove(briefing: Briefing): Promise<RemoveBriefingResult>;
  close(): Promise<void>;
};

/** The first of `id`, `id-2`, `id-3`... that no briefing has, so a new briefing never replaces one already there. */
export async function freeBriefingId(store: Pick<BriefingStore, 'isTaken'>, id: string): Promise<string> {
  if (!(await store.isTaken(id))) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!(await store.isTaken(candidate))) return candidate;
  }
}
