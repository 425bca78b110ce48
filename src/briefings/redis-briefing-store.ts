import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod/v3';
import type { Logger } from '../log.js';
import { describeRedisUrl, STORE_MESSAGES, type StoreOpenResult } from '../store/store-errors.js';
import type { Briefing } from './briefing.js';
import type { BriefingStore } from './briefing-store.js';
import type { LiveCatalogue } from './live-catalogue.js';
import { toBriefing } from './load-briefing.js';
import { readPackFiles } from './read-pack-folder.js';
import { logPackFailure } from './report-failure.js';
import { BRIEFING_STORE_MESSAGES } from './store-messages.js';

// EDGE: with REDIS_URL, a briefing added from Slack is kept in Redis (its drafted files, one hash per briefing, and an
// index of them all) and announced on a pub/sub channel, so every instance serves it within moments and any instance
// that starts later loads it. Removing one deletes it and is announced the same way. Pack folders in KNOWLEDGE_DIR
// still serve alongside; they ship with each instance, so they are not removed from here.
//
// Pub/sub is fire and forget: an instance that was disconnected when a change was announced would miss it, so each
// time its subscription (re)connects it compares the index with what it serves and catches up.

export type RedisBriefingStoreOptions = {
  url: string;
  live: LiveCatalogue;
  threshold: number;
  logger: Logger;
  /** Prepended to every key and to the channel; tests use a fresh prefix each so they never see each other's data. */
  keyPrefix?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
};

export const DEFAULT_BRIEFING_KEY_PREFIX = 'briefing:';

export const BRIEFING_KEYS = {
  /** Hash: briefing id -> JSON of StoredBriefing (its version and who added it from which file). */
  index: 'briefings',
  /** Hash: file name (pack.yaml, article.txt, qa.yaml, figures.yaml, aliases.yaml) -> contents. */
  files: (id: string) => `briefing-files:${id}`,
} as const;

/** The pub/sub channel announcements go to (channels are not keys, so the prefix is added here). */
export const briefingChannel = (keyPrefix: string) => `${keyPrefix}briefings-changed`;

const REDIS_ORIGIN = 'redis:';

/** How /healthz and the logs name a briefing kept in Redis. */
export const redisOrigin = (id: string) => `${REDIS_ORIGIN}${id}`;

const StoredBriefingSchema = z.object({
  version: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
  fileName: z.string(),
});
type StoredBriefing = z.infer<typeof StoredBriefingSchema>;

const AnnouncementSchema = z.object({ op: z.enum(['added', 'removed']), id: z.string(), from: z.string() });
type Announcement = z.infer<typeof AnnouncementSchema>;

// The id check, the files and the index entry in one step: two curators adding the same id on two instances at once
// cannot both win, and no reader ever finds an index entry whose files are not there yet.
const ADD_SCRIPT = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], unpack(ARGV, 3))
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`;

export async function openRedisBriefingStore(
  options: RedisBriefingStoreOptions,
): Promise<StoreOpenResult<BriefingStore>> {
  const { url, live, threshold, logger } = options;
  const keyPrefix = options.keyPrefix ?? DEFAULT_BRIEFING_KEY_PREFIX;
  const channel = briefingChannel(keyPrefix);
  const instance = randomUUID();
  const redis = connectionTo(url, keyPrefix, options);
  // Named, so CLIENT LIST shows which connections are the bot's briefing store and which one listens.
  const subscriber = redis.duplicate({ connectionName: `${keyPrefix}briefings-subscriber` });
  for (const connection of [redis, subscriber]) connection.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    await subscriber.connect();
  } catch (error) {
    redis.disconnect();
    subscriber.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'redis_unreachable', message: STORE_MESSAGES.redisUnreachable(url, reason) } };
  }

  /** Briefing id -> the version this instance serves. */
  const served = new Map<string, string>();
  // Announcements and catch-ups run one at a time, in order, so a remove never overtakes the add before it.
  let queue = Promise.resolve();
  const enqueue = (what: string, work: () => Promise<void>) => {
    queue = queue
      .then(work)
      .catch((error: unknown) =>
        logger.warn('could not bring the briefings kept in Redis up to date', { what, error }),
      );
    return queue;
  };

  const serveStored = async (id: string, version: string, warm: boolean): Promise<void> => {
    const origin = redisOrigin(id);
    const files = await redis.hgetall(BRIEFING_KEYS.files(id));
    // Removed since the index was read: the removal's announcement follows.
    if (Object.keys(files).length === 0) return;
    const loaded = toBriefing(origin, await readPackFiles(files, origin), { threshold });
    if (!loaded.ok) {
      live.fail(origin, loaded.problems);
      logPackFailure(logger, origin, loaded.problems, null);
      return;
    }
    // Built before the swap when it arrives while running, so its first question never waits for an index.
    if (warm) loaded.value.engine();
    const result = live.serve(loaded.value);
    if (!result.ok) {
      live.fail(origin, [result.problem]);
      logPackFailure(logger, origin, [result.problem], null);
      return;
    }
    served.set(id, version);
    logger.info('briefing loaded', { folder: origin, pack: id, entries: loaded.value.pack.entries.length });
  };

  const withdraw = (id: string) => {
    served.delete(id);
    live.withdraw(redisOrigin(id));
  };

  const catchUp = async (warm: boolean): Promise<void> => {
    const index = await readIndex(redis, logger);
    for (const [id, stored] of index)
      if (served.get(id) !== stored.version) await serveStored(id, stored.version, warm);
    for (const id of [...served.keys()]) if (!index.has(id)) withdraw(id);
    // A kept briefing that failed validation and has since been removed is no longer reported either.
    for (const { origin } of live.current().failed)
      if (origin.startsWith(REDIS_ORIGIN) && !index.has(origin.slice(REDIS_ORIGIN.length))) live.withdraw(origin);
  };

  const apply = async ({ op, id }: Announcement): Promise<void> => {
    if (op === 'removed') {
      withdraw(id);
      logger.info('briefing removed: announced by another instance', { pack: id });
      return;
    }
    const stored = parseStored(await redis.hget(BRIEFING_KEYS.index, id));
    if (stored && served.get(id) !== stored.version) await serveStored(id, stored.version, true);
  };

  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const parsed = AnnouncementSchema.safeParse(parseJson(text));
    if (!parsed.success) {
      logger.warn('ignored an announcement that is not about a briefing', { channel });
      return;
    }
    if (parsed.data.from === instance) return;
    void enqueue(`${parsed.data.op} ${parsed.data.id}`, () => apply(parsed.data));
  });
  // Subscribe before the first read, so nothing announced in between is missed.
  await subscriber.subscribe(channel);
  let subscribed = true;
  subscriber.on('close', () => {
    subscribed = false;
  });
  subscriber.on('ready', () => {
    if (subscribed) return;
    subscribed = true;
    logger.info('listening for briefing announcements again; catching up', { redisUrl: describeRedisUrl(url) });
    void enqueue('catch up', () => catchUp(true));
  });
  // At start the engines are left cold: warmUp builds them in the background, as for pack folders.
  await enqueue('start', () => catchUp(false));

  const announce = async (op: Announcement['op'], id: string) => {
    const message: Announcement = { op, id, from: instance };
    await redis.publish(channel, JSON.stringify(message)).catch((error: unknown) =>
      // The change is kept; instances that missed it catch up when their subscription reconnects or they restart.
      logger.warn('could not announce a briefing change to the other instances', { op, pack: id, error }),
    );
  };

  return {
    ok: true,
    value: {
      isTaken: async (id) =>
        live.current().get(id) !== undefined || (await redis.hexists(BRIEFING_KEYS.index, id)) === 1,

      add: async (drafted, by) => {
        const origin = redisOrigin(drafted.id);
        const loaded = toBriefing(origin, await readPackFiles(drafted.files, origin), { threshold });
        if (!loaded.ok) {
          const message = BRIEFING_STORE_MESSAGES.invalidDraft(by.fileName, loaded.report);
          return { ok: false, error: { code: 'invalid_draft', message } };
        }
        const stored: StoredBriefing = {
          version: randomUUID(),
          addedBy: by.userId,
          addedAt: by.at,
          fileName: by.fileName,
        };
        const fields = Object.entries(drafted.files).flat();
        let added: unknown;
        try {
          added = await redis.eval(
            ADD_SCRIPT,
            2,
            BRIEFING_KEYS.index,
            BRIEFING_KEYS.files(drafted.id),
            drafted.id,
            JSON.stringify(stored),
            ...fields,
          );
        } catch (error) {
          const message = BRIEFING_STORE_MESSAGES.writeFailed('Redis', (error as Error).message);
          return { ok: false, error: { code: 'write_failed', message } };
        }
        if (Number(added) !== 1)
          return { ok: false, error: { code: 'id_taken', message: BRIEFING_STORE_MESSAGES.idTaken(drafted.id) } };
        const briefing: Briefing = loaded.value;
        briefing.engine();
        await enqueue(`add ${drafted.id}`, async () => {
          const result = live.serve(briefing);
          if (result.ok) served.set(drafted.id, stored.version);
          else live.fail(origin, [result.problem]);
        });
        if (!served.has(drafted.id)) {
          // A pack folder took the id meanwhile: keep nothing rather than a briefing no instance can serve.
          await redis.multi().hdel(BRIEFING_KEYS.index, drafted.id).del(BRIEFING_KEYS.files(drafted.id)).exec();
          live.withdraw(origin);
          return { ok: false, error: { code: 'id_taken', message: BRIEFING_STORE_MESSAGES.idTaken(drafted.id) } };
        }
        await announce('added', drafted.id);
        logger.info('briefing added from Slack', { pack: drafted.id, kept: origin, by: by.userId, file: by.fileName });
        return { ok: true, briefing, keptIn: `Redis (${keyPrefix}${BRIEFING_KEYS.files(drafted.id)})` };
      },

      remove: async (briefing) => {
        const id = briefing.id;
        if (briefing.origin !== redisOrigin(id)) {
          const message = BRIEFING_STORE_MESSAGES.shippedFolder(briefing.origin);
          return { ok: false, error: { code: 'not_removable', message } };
        }
        try {
          await redis.multi().hdel(BRIEFING_KEYS.index, id).del(BRIEFING_KEYS.files(id)).exec();
        } catch (error) {
          const message = BRIEFING_STORE_MESSAGES.writeFailed('Redis', (error as Error).message);
          return { ok: false, error: { code: 'write_failed', message } };
        }
        await enqueue(`remove ${id}`, async () => withdraw(id));
        await announce('removed', id);
        logger.info('briefing removed from Slack', { pack: id, kept: briefing.origin });
        return { ok: true, filesNow: 'deleted from Redis' };
      },

      close: async () => {
        await queue;
        await Promise.all(
          [subscriber, redis].map((connection) => connection.quit().catch(() => connection.disconnect())),
        );
      },
    },
  };
}

/**
 * The briefings kept in Redis, read once without serving or subscribing (`npm run digest` covers them too). Throws
 * when Redis cannot be read.
 */
export async function readRedisBriefings(options: {
  url: string;
  threshold: number;
  logger: Logger;
  keyPrefix?: string;
}): Promise<Briefing[]> {
  const redis = connectionTo(options.url, options.keyPrefix ?? DEFAULT_BRIEFING_KEY_PREFIX, {});
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const briefings: Briefing[] = [];
    for (const id of (await readIndex(redis, options.logger)).keys()) {
      const origin = redisOrigin(id);
      const files = await redis.hgetall(BRIEFING_KEYS.files(id));
      const loaded = toBriefing(origin, await readPackFiles(files, origin), { threshold: options.threshold });
      if (loaded.ok) briefings.push(loaded.value);
      else logPackFailure(options.logger, origin, loaded.problems, null);
    }
    return briefings;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

function connectionTo(
  url: string,
  keyPrefix: string,
  options: Pick<RedisBriefingStoreOptions, 'connectTimeoutMs' | 'commandTimeoutMs'>,
): Redis {
  return new Redis(url, {
    lazyConnect: true,
    keyPrefix,
    connectionName: `${keyPrefix}briefings`,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    // Generous: a briefing's files are a few hundred kilobytes, written and read in one command.
    commandTimeout: options.commandTimeoutMs ?? 10_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

async function readIndex(redis: Redis, logger: Logger): Promise<Map<string, StoredBriefing>> {
  const index = new Map<string, StoredBriefing>();
  for (const [id, text] of Object.entries(await redis.hgetall(BRIEFING_KEYS.index))) {
    const stored = parseStored(text);
    if (stored) index.set(id, stored);
    else logger.warn('skipped a corrupt briefing entry in Redis', { key: BRIEFING_KEYS.index, pack: id });
  }
  return index;
}

function parseStored(text: string | null): StoredBriefing | undefined {
  const parsed = StoredBriefingSchema.safeParse(text === null ? undefined : parseJson(text));
  return parsed.success ? parsed.data : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
