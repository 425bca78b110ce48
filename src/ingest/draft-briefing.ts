import { type DraftedPack, type DraftOptions, draftPack } from './draft-pack.js';
import type { Page, ReadError } from './page.js';
import { readPage } from './read-page.js';

// The one way a file becomes a briefing: read the article, draft the pack. `npm run kb:new` and a file shared in
// Slack both call this, so they refuse the same files with the same words and draft the same packs.

export type DraftedBriefing = DraftedPack & { page: Page };
export type DraftBriefingResult = { ok: true; value: DraftedBriefing } | { ok: false; error: ReadError };

export async function draftBriefing(
  bytes: Uint8Array,
  fileName: string,
  options: DraftOptions,
): Promise<DraftBriefingResult> {
  const read = await readPage(bytes, fileName);
  if (!read.ok) return read;
  return { ok: true, value: { ...draftPack(read.value, options), page: read.value } };
}
