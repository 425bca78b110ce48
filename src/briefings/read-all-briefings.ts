import type { Logger } from '../log.js';
import { buildCatalogue, type Catalogue } from './catalogue.js';
import { describeNothingServed, type KnowledgeLocation, loadKnowledge, packFoldersOf } from './load-knowledge.js';
import { readRedisBriefings } from './redis-briefing-store.js';

// EDGE: every briefing the bot would serve now, read once, for `npm run digest`: the pack folders (KNOWLEDGE_DIR, or
// PACK_DIR alone), and with REDIS_URL the briefings added from Slack, as start-bot.ts serves them.

export type ReadAllOptions = {
  location: KnowledgeLocation;
  redisUrl: string | undefined;
  threshold: number;
  logger: Logger;
};

export async function readAllBriefings(
  options: ReadAllOptions,
): Promise<{ ok: true; value: Catalogue } | { ok: false; message: string }> {
  const { location, logger } = options;
  const folders = await packFoldersOf(location).catch(() => []);
  const loaded = await loadKnowledge(folders, { threshold: options.threshold });
  const briefings = [...loaded.catalogue.briefings];
  if (options.redisUrl && !location.packDir) {
    // A folder's briefing wins an id both have, as when the bot serves them.
    for (const stored of await readRedisBriefings({ url: options.redisUrl, threshold: options.threshold, logger }))
      if (!briefings.some((b) => b.id === stored.id)) briefings.push(stored);
  }
  if (briefings.length === 0) return { ok: false, message: describeNothingServed(location, loaded.catalogue.failed) };
  return { ok: true, value: buildCatalogue(briefings, loaded.catalogue.failed) };
}
