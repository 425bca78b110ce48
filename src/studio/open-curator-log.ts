import type { Logger } from '../log.js';
import { openFileStore } from '../store/file-store.js';
import { openRedisStore } from '../store/redis-store.js';
import type { StoreOpenResult } from '../store/store-errors.js';
import type { CuratorLog } from './studio-http.js';

// EDGE: the bot's store, as the studio reads it. Redis is shared, so its lists are always current. The file store
// keeps its logs in memory for its one process, so for the studio each list is read afresh from DATA_DIR (a page a
// curator opens sees what the running bot wrote a moment ago); the studio writes only handled.jsonl, which the bot
// never writes, so the two processes never rewrite each other's files.

export type OpenedCuratorLog = CuratorLog & { close(): Promise<void> };

export async function openCuratorLog(options: {
  redisUrl: string | undefined;
  dataDir: string;
  logger: Logger;
}): Promise<StoreOpenResult<OpenedCuratorLog>> {
  const { logger } = options;
  if (options.redisUrl) return openRedisStore({ url: options.redisUrl, logger });
  const fresh = async () => openFileStore({ dir: options.dataDir, logger });
  const writer = await fresh();
  return {
    ok: true,
    value: {
      listUnanswered: async () => (await fresh()).listUnanswered(),
      listFeedback: async () => (await fresh()).listFeedback(),
      listHandled: () => writer.listHandled(),
      recordHandled: (record) => writer.recordHandled(record),
      close: () => writer.close(),
    },
  };
}
