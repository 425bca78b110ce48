import { createLogger } from '../../src/log.js';
import { openRedisStore } from '../../src/store/redis-store.js';
import { describeWithRedis, freshKeyPrefix } from './redis-test-url.js';
import { describeStoreContract } from './store-contract.js';

describeWithRedis('Against a real Redis', (url) => {
  describeStoreContract('redis', {
    shared: true,
    makeFixture: async () => {
      const keyPrefix = freshKeyPrefix('contract');
      const logger = createLogger({ level: 'error', write: () => undefined });
      return {
        open: async () => {
          const opened = await openRedisStore({ url, logger, keyPrefix });
          if (!opened.ok) throw new Error(opened.error.message);
          return opened.value;
        },
      };
    },
  });
});
