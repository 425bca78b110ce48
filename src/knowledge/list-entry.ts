import type { QaEntry } from './schema.js';

// kb:new drafts a list on the page (the sentence introducing it and its items) as one entry whose id ends in "-list"
// ("p11-list", or "p11-list-2" when taken). It is already several lines of the article, so the engine quotes it alone.

export const LIST_ID_SUFFIX = '-list';
const LIST_ID = new RegExp(`${LIST_ID_SUFFIX}(?:-\\d+)?$`);

/** A drafted list entry (see ingest/draft-lists.ts). */
export function isListEntry(entry: QaEntry): boolean {
  return entry.draft === true && LIST_ID.test(entry.id);
}
