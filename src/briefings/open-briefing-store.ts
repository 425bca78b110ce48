import type { Logger } from '../log.js';
import type { StoreOpenResult } from '../store/store-errors.js';
import type { BriefingStore } from './briefing-store.js';
import { createFolderBriefingStore } from './folder-briefing-store.js';
import type { LiveCatalogue } from './live-catalogue.js';
import type { KnowledgeLocation } from './load-knowledge.js';
import { createPinnedBriefingStore } from './pinned-briefing-store.js';
import { openRedisBriefingStore } from './redis-briefing-store.js';
import type { PackReloader } from './reload-pack.js';

// Where briefings added from Slack go: nowhere with PACK_DIR (one pinned pack), Redis with REDIS_URL (every instance
// serves them, and they outlive restarts), else a folder in KNOWLEDGE_DIR. Opening the Redis one also serves every
// briefing already kept there.

export type OpenBriefingStoreOptions = {
  location: KnowledgeLocation;
  redisUrl: string | undefined;
  live: LiveCatalogue;
  reloader: PackReloader;
  threshold: number;
  logger: Logger;
  /** Prefix of the Redis keys and channel (tests use one of their own). */
  redisKeyPrefix?: string;
};

export async function openBriefingStore(options: OpenBriefingStoreOptions): Promise<StoreOpenResult<BriefingStore>> {
  const { location, live, logger } = options;
  if (location.packDir) return { ok: true, value: createPinnedBriefingStore(live) };
  if (options.redisUrl)
    return openRedisBriefingStore({
      url: options.redisUrl,
      live,
      threshold: options.threshold,
      logger,
      keyPrefix: options.redisKeyPrefix,
    });
  return {
    ok: true,
    value: createFolderBriefingStore({
      knowledgeDir: location.knowledgeDir,
      live,
      reloader: options.reloader,
      logger,
    }),
  };
}
