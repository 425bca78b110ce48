import type { Logger } from '../log.js';
import { openFileStore } from './file-store.js';
import { openRedisStore } from './redis-store.js';
import { resilientStore } from './resilient-store.js';
import type { Store } from './store.js';
import type { StoreOpenResult } from './store-errors.js';

// REDIS_URL set: the shared Redis store (several instances); otherwise the file store in DATA_DIR (one instance).

export type CreateStoreOptions = {
  redisUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  nowMs?: () => number;
};

export async function createStore(options: CreateStoreOptions): Promise<StoreOpenResult<Store>> {
  const { logger } = options;
  if (options.redisUrl) {
    const opened = await openRedisStore({ url: options.redisUrl, logger });
    if (!opened.ok) return opened;
    logger.info('using the Redis store', { backend: 'redis' });
    return { ok: true, value: resilientStore(opened.value, logger) };
  }
  const store = await openFileStore({ dir: options.dataDir, logger, nowMs: options.nowMs });
  logger.info('using the file store', { backend: 'file', dataDir: options.dataDir });
  return { ok: true, value: resilientStore(store, logger) };
}
