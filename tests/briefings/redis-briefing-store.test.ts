import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import type { BriefingStore } from '../../src/briefings/briefing-store.js';
import { createLiveCatalogue, type LiveCatalogue } from '../../src/briefings/live-catalogue.js';
import { BRIEFING_KEYS, openRedisBriefingStore } from '../../src/briefings/redis-briefing-store.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { createLogger } from '../../src/log.js';
import { fixturePackFiles } from '../helpers/pack-files.js';
import { describeWithRedis, freshKeyPrefix } from '../store/redis-test-url.js';

// The Redis briefing store against a real Redis, two stores standing for two instances: what happens when an
// announcement is missed, when a kept briefing does not validate, and when two curators add one id at once.

const TEMU_QUESTION = 'how many people in europe use temu every month';
const by = { userId: 'UCURATOR', fileName: 'temu.html', at: '2025-02-11T09:00:00.000Z' };

describeWithRedis('Briefings kept in Redis', (redisUrl) => {
  const opened: BriefingStore[] = [];
  let redis: Redis;
  let keyPrefix: string;
  let logLines: string[];

  const open = async (): Promise<{ store: BriefingStore; live: LiveCatalogue }> => {
    const live = createLiveCatalogue();
    const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
    const result = await openRedisBriefingStore({
      url: redisUrl,
      live,
      threshold: DEFAULT_THRESHOLD,
      logger,
      keyPrefix,
    });
    if (!result.ok) throw new Error(result.error.message);
    opened.push(result.value);
    return { store: result.value, live };
  };

  const eventually = async (check: () => boolean, timeoutMs = 5000) => {
    const started = Date.now();
    while (!check() && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 20));
    return check();
  };

  beforeAll(async () => {
    redis = new Redis(redisUrl);
  });
  afterAll(async () => redis.quit());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  // A fresh prefix for each test, set before it opens anything.
  const fresh = () => {
    keyPrefix = freshKeyPrefix('briefing-store');
    logLines = [];
  };

  it('serves a briefing added on one instance on the other, and withdraws it there when removed', async () => {
    fresh();
    const [a, b] = [await open(), await open()];
    const added = await a.store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    expect(added.ok).toBe(true);
    expect(await eventually(() => b.live.current().get('temu-eu-scrutiny') !== undefined)).toBe(true);
    expect(routeQuestion(b.live.current(), TEMU_QUESTION)).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny' });
    const briefing = a.live.current().get('temu-eu-scrutiny');
    if (!briefing) throw new Error('not served where it was added');
    expect(await a.store.remove(briefing)).toEqual({ ok: true, filesNow: 'deleted from Redis' });
    expect(a.live.current().briefings).toHaveLength(0);
    expect(await eventually(() => b.live.current().briefings.length === 0)).toBe(true);
  });

  it('catches up on a briefing whose announcement it missed once its subscription is back, and listens again', async () => {
    fresh();
    const b = await open();
    // Kept in Redis by "another instance" whose announcement never reached b: no PUBLISH at all.
    const { id, files } = await fixturePackFiles('temu-eu-scrutiny');
    await redis.hset(`${keyPrefix}${BRIEFING_KEYS.files(id)}`, files);
    const stored = { version: 'v1', addedBy: 'UCURATOR', addedAt: by.at, fileName: 'temu.html' };
    await redis.hset(`${keyPrefix}${BRIEFING_KEYS.index}`, id, JSON.stringify(stored));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.live.current().get(id)).toBeUndefined();
    // Drop its subscription, as a network blip would; ioredis reconnects and the store catches up.
    const clients = String(await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub')).split('\n');
    const subscription = clients.find((line) => line.includes(` name=${keyPrefix}briefings-subscriber `));
    const clientId = /\bid=(\d+)/.exec(subscription ?? '')?.[1];
    if (!clientId) throw new Error(`no subscription named ${keyPrefix}briefings-subscriber in ${clients.join('\n')}`);
    await redis.call('CLIENT', 'KILL', 'ID', clientId);
    expect(await eventually(() => b.live.current().get(id) !== undefined)).toBe(true);
    expect(logLines.some((line) => line.includes('catching up'))).toBe(true);
    // And it listens again: the next announcement reaches it.
    const a = await open();
    expect((await a.store.add(await fixturePackFiles('johor-data-centres'), by)).ok).toBe(true);
    expect(await eventually(() => b.live.current().get('johor-data-centres') !== undefined)).toBe(true);
  });

  it('reports a kept briefing that does not validate, naming its file, and serves the others', async () => {
    fresh();
    const a = await open();
    expect((await a.store.add(await fixturePackFiles('temu-eu-scrutiny'), by)).ok).toBe(true);
    const { id, files } = await fixturePackFiles('johor-data-centres');
    await redis.hset(`${keyPrefix}${BRIEFING_KEYS.files(id)}`, { ...files, 'figures.yaml': 'figures: [oops\n' });
    const stored = { version: 'v1', addedBy: 'UCURATOR', addedAt: by.at, fileName: 'johor.pdf' };
    await redis.hset(`${keyPrefix}${BRIEFING_KEYS.index}`, id, JSON.stringify(stored));
    const b = await open();
    expect(b.live.current().briefings.map((briefing) => briefing.id)).toEqual(['temu-eu-scrutiny']);
    expect(b.live.current().failed).toEqual([
      {
        origin: `redis:${id}`,
        serving: null,
        problems: [expect.objectContaining({ file: `redis:${id}/figures.yaml` })],
      },
    ]);
  });

  it('lets only one of two curators adding the same id at once have it', async () => {
    fresh();
    const [a, b] = [await open(), await open()];
    const drafted = await fixturePackFiles('temu-eu-scrutiny');
    const results = await Promise.all([a.store.add(drafted, by), b.store.add(drafted, by)]);
    expect(results.map((result) => (result.ok ? 'added' : result.error.code)).sort()).toEqual(['added', 'id_taken']);
    expect(await redis.hlen(`${keyPrefix}${BRIEFING_KEYS.index}`)).toBe(1);
  });
});
