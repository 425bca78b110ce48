import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { z } from 'zod/v3';
import type { Logger } from '../log.js';
import {
  ActivityRecordSchema,
  ConversationTurnSchema,
  FeedbackRecordSchema,
  HandledRecordSchema,
  StoredPendingSchema,
  UnansweredRecordSchema,
} from './record-schemas.js';
import type { PendingWork, Store } from './store.js';
import { describeRedisUrl, STORE_MESSAGES, type StoreOpenResult } from './store-errors.js';

// The shared Store: every app instance pointing at one Redis agrees on claims, votes, slots and counters, because
// each method is one atomic Redis step (SET NX, HSETNX, HINCRBY, a MULTI, or a small Lua script).
//
// Failure policy: commands fail fast instead of queueing (enableOfflineQueue off, one retry, a command timeout), so
// an answer never waits on a dead Redis; the caller decides what a failure means (see resilient-store.ts). ioredis
// keeps reconnecting in the background by itself, and the store is usable again as soon as it is back.

export type RedisStoreOptions = {
  url: string;
  logger: Logger;
  /** Prepended to every key; tests use a fresh prefix each so they never see each other's data. */
  keyPrefix?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
};

const KEYS = {
  claim: (key: string) => `claim:${key}`,
  rate: (key: string) => `rate-window:${key}`,
  votes: 'feedback:votes',
  feedback: 'log:feedback',
  unanswered: 'log:unanswered',
  activity: 'log:activity',
  handled: 'log:handled',
  slots: 'slots',
  counters: 'counters',
  conversation: (key: string) => `conversation:${key}`,
  settings: 'settings',
  // Pending work: the work itself, its attempts, its lease (a sorted set by lease end) and the lease's owner.
  pendingWork: 'pending:work',
  pendingAttempts: 'pending:attempts',
  pendingLease: 'pending:lease',
  pendingOwner: 'pending:owner',
} as const;

const PENDING_KEYS = [KEYS.pendingWork, KEYS.pendingAttempts, KEYS.pendingLease, KEYS.pendingOwner] as const;

// Claim and keep as pending in one step, so no instance sees the claim without the work.
// KEYS: claim, work, attempts, lease, owner. ARGV: claim ttl (s), id, work JSON, lease end (ms), owner.
const CLAIM_PENDING_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'EX', ARGV[1], 'NX') then
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
  redis.call('HSET', KEYS[3], ARGV[2], 1)
  redis.call('ZADD', KEYS[4], ARGV[4], ARGV[2])
  redis.call('HSET', KEYS[5], ARGV[2], ARGV[5])
  return 1
end
return 0`;

// KEYS: work, attempts, lease, owner. ARGV: owner, new lease end, then the ids.
const RENEW_PENDING_SCRIPT = `
for i = 3, #ARGV do
  if redis.call('HGET', KEYS[4], ARGV[i]) == ARGV[1] and redis.call('ZSCORE', KEYS[3], ARGV[i]) then
    redis.call('ZADD', KEYS[3], ARGV[2], ARGV[i])
  end
end
return 0`;

// Everything whose lease has ended, oldest first, up to the limit, each leased to the caller in the same step: two
// instances sweeping at once never take the same work. KEYS: work, attempts, lease, owner.
// ARGV: now, new lease end, owner, limit. Returns id, work JSON and attempts of each, in a row.
const TAKE_EXPIRED_SCRIPT = `
local found = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[1])) do
  local work = redis.call('HGET', KEYS[1], id)
  if work then
    table.insert(found, { id, work, tonumber(cjson.decode(work).receivedAt) })
  else
    redis.call('ZREM', KEYS[3], id)
  end
end
table.sort(found, function(a, b)
  if a[3] == b[3] then return a[1] < b[1] end
  return a[3] < b[3]
end)
local taken = {}
for i = 1, math.min(#found, tonumber(ARGV[4])) do
  local id = found[i][1]
  redis.call('ZADD', KEYS[3], ARGV[2], id)
  redis.call('HSET', KEYS[4], id, ARGV[3])
  table.insert(taken, id)
  table.insert(taken, found[i][2])
  table.insert(taken, redis.call('HINCRBY', KEYS[2], id, 1))
end
return taken`;

// The vote check and the append must be one step, or two instances could both record a user's first vote.
const RECORD_VOTE_SCRIPT = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  return 1
end
return 0`;

// Sliding-window rate limit as one step: drop hits older than the window, count the rest, add this one if there is
// room. ARGV: now (ms), window (ms), limit, a member unique to this hit.
const TAKE_RATE_TOKEN_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

export async function openRedisStore(options: RedisStoreOptions): Promise<StoreOpenResult<Store>> {
  const { url, logger } = options;
  const redis = new Redis(url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix ?? 'briefing:',
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Keep trying for as long as the process runs; a capped delay so recovery is quick once Redis is back.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });

  let lost = false;
  let lastError = 'no answer';
  // Without an 'error' listener ioredis prints every failed reconnect; one warning per outage is enough.
  redis.on('error', (error: Error) => {
    lastError = error.message;
  });
  redis.on('close', () => {
    if (redis.status === 'end' || lost || !ready) return;
    lost = true;
    logger.warn('lost the connection to Redis; answering without recording until it is back', {
      redisUrl: describeRedisUrl(url),
      error: lastError,
    });
  });
  let ready = false;
  redis.on('ready', () => {
    if (lost) logger.info('reconnected to Redis', { redisUrl: describeRedisUrl(url) });
    lost = false;
    ready = true;
  });

  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'redis_unreachable', message: STORE_MESSAGES.redisUnreachable(url, reason) } };
  }

  const readLog = async <T>(key: string, schema: z.ZodType<T>): Promise<T[]> => {
    const raw = await redis.lrange(key, 0, -1);
    const records: T[] = [];
    for (const [index, item] of raw.entries()) {
      const parsed = schema.safeParse(parseJson(item));
      if (parsed.success) records.push(parsed.data);
      else logger.warn('skipped a corrupt record in Redis', { key, index });
    }
    return records;
  };

  return {
    ok: true,
    value: {
      claimOnce: async (key, ttlSeconds) => (await redis.set(KEYS.claim(key), '1', 'EX', ttlSeconds, 'NX')) === 'OK',
      releaseClaim: async (key) => {
        await redis.del(KEYS.claim(key));
      },
      claimPending: async ({ id, body, owner, nowMs, leaseMs, claimTtlSeconds }) => {
        const work = JSON.stringify({ id, body, receivedAt: nowMs });
        const args = [claimTtlSeconds, id, work, nowMs + leaseMs, owner];
        const claimed = await redis.eval(CLAIM_PENDING_SCRIPT, 5, KEYS.claim(id), ...PENDING_KEYS, ...args);
        return Number(claimed) === 1;
      },
      renewPending: async (ids, owner, nowMs, leaseMs) => {
        if (ids.length === 0) return;
        await redis.eval(RENEW_PENDING_SCRIPT, 4, ...PENDING_KEYS, owner, nowMs + leaseMs, ...ids);
      },
      settlePending: async (id) => {
        const results = await redis
          .multi()
          .hdel(KEYS.pendingWork, id)
          .hdel(KEYS.pendingAttempts, id)
          .zrem(KEYS.pendingLease, id)
          .hdel(KEYS.pendingOwner, id)
          .exec();
        const failed = results?.find(([error]) => error);
        if (!results || failed) throw failed?.[0] ?? new Error('Redis transaction was discarded');
      },
      takeExpiredPending: async (owner, nowMs, leaseMs, limit) => {
        const args = [nowMs, nowMs + leaseMs, owner, limit];
        const raw = (await redis.eval(TAKE_EXPIRED_SCRIPT, 4, ...PENDING_KEYS, ...args)) as Array<string | number>;
        const taken: PendingWork[] = [];
        for (let i = 0; i < raw.length; i += 3) {
          const parsed = StoredPendingSchema.safeParse(parseJson(String(raw[i + 1])));
          if (parsed.success) {
            taken.push({ ...parsed.data, attempts: Number(raw[i + 2]) });
            continue;
          }
          // Nobody can answer it: dropped, or every sweep would take it again.
          logger.warn('dropped a corrupt pending request in Redis', { id: String(raw[i]) });
          await redis.multi().hdel(KEYS.pendingWork, String(raw[i])).zrem(KEYS.pendingLease, String(raw[i])).exec();
        }
        return taken;
      },
      takeRateToken: async (key, limit, windowMs, nowMs) => {
        const member = `${nowMs}:${randomUUID()}`;
        const allowed = await redis.eval(TAKE_RATE_TOKEN_SCRIPT, 1, KEYS.rate(key), nowMs, windowMs, limit, member);
        return Number(allowed) === 1;
      },
      recordFeedback: async (record) => {
        const voteKey = `${record.answerKey}\u0000${record.userId}`;
        const added = await redis.eval(
          RECORD_VOTE_SCRIPT,
          2,
          KEYS.votes,
          KEYS.feedback,
          voteKey,
          JSON.stringify(record),
        );
        return Number(added) === 1 ? 'recorded' : 'duplicate';
      },
      recordUnanswered: async (record) => {
        await redis.rpush(KEYS.unanswered, JSON.stringify(record));
      },
      recordActivity: async (record) => {
        await redis.rpush(KEYS.activity, JSON.stringify(record));
      },
      listFeedback: () => readLog(KEYS.feedback, FeedbackRecordSchema),
      listUnanswered: () => readLog(KEYS.unanswered, UnansweredRecordSchema),
      listActivity: () => readLog(KEYS.activity, ActivityRecordSchema),
      recordHandled: async (record) => {
        await redis.rpush(KEYS.handled, JSON.stringify(record));
      },
      listHandled: () => readLog(KEYS.handled, HandledRecordSchema),
      claimSlot: async (key) => (await redis.hsetnx(KEYS.slots, key, '1')) === 1,
      releaseSlot: async (key) => {
        await redis.hdel(KEYS.slots, key);
      },
      nextCounter: async (name) => (await redis.hincrby(KEYS.counters, name, 1)) - 1,
      peekCounter: async (name) => Number((await redis.hget(KEYS.counters, name)) ?? 0),
      recordTurn: async (key, turn, { keep, ttlSeconds }) => {
        // One transaction: two instances answering in one thread never leave it longer than `keep` or without expiry.
        const listKey = KEYS.conversation(key);
        const results = await redis
          .multi()
          .rpush(listKey, JSON.stringify(turn))
          .ltrim(listKey, -keep, -1)
          .expire(listKey, ttlSeconds)
          .exec();
        const failed = (results ?? []).find(([error]) => error);
        if (!results || failed) throw failed?.[0] ?? new Error('Redis transaction was discarded');
      },
      listTurns: (key) => readLog(KEYS.conversation(key), ConversationTurnSchema),
      readSetting: async (key) => (await redis.hget(KEYS.settings, key)) ?? undefined,
      writeSetting: async (key, value) => {
        if (value === null) await redis.hdel(KEYS.settings, key);
        else await redis.hset(KEYS.settings, key, value);
      },
      close: async () => {
        await redis.quit().catch(() => redis.disconnect());
      },
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
