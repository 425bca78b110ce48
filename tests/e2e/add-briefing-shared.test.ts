import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyPack, SHIPPED_PACK } from '../helpers/pack-copy.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';
import { describeWithRedis, freshKeyPrefix } from '../store/redis-test-url.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { briefCommand, eventCallback, fileShareEvents, mentionEvent, visibleText } from './payloads.js';
import { signedForm, signedJson } from './sign.js';
import { waitForPost } from './wait-for-post.js';

// Several instances sharing one Redis, as several dynos would: a briefing a curator adds on one is kept in Redis and
// announced, every other instance serves it within 5 seconds, one started later loads it, and removing it on any
// instance takes it down on all. Each instance has its own KNOWLEDGE_DIR (its own disk), which is never written.

const CURATOR = 'UCURATOR';
const ID = 'as-debt-rises-the-government-will-soon-spend';
const TITLE = 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military';
const QUESTION = 'how much will interest payments on the debt be within a decade?';

// Event ids (and the shared file's id) unique per run: the instances claim them in the shared Redis for an hour, so a
// second local run against the same Redis must not reuse them.
const runId = `${process.pid}${Date.now()}`;
let events = 0;
const fresh = (payload: { event: Record<string, unknown> }) => eventCallback(payload.event, `Ev${runId}x${++events}`);

describeWithRedis('Briefings added from Slack, with instances sharing one Redis', (redisUrl) => {
  const keyPrefix = freshKeyPrefix('briefings');
  const folders: string[] = [];
  const instances: Harness[] = [];
  let a: Harness;
  let b: Harness;

  const start = async () => {
    const knowledge = await mkdtemp(path.join(tmpdir(), 'e2e-shared-briefings-'));
    await copyPack(SHIPPED_PACK, path.join(knowledge, 'china-platforms-sea'));
    folders.push(knowledge);
    const h = await startHarness(
      { KNOWLEDGE_DIR: knowledge, REDIS_URL: redisUrl, CURATORS: CURATOR },
      { redisKeyPrefix: keyPrefix },
    );
    instances.push(h);
    return h;
  };

  const ask = async (h: Harness, question: string) => {
    const channel = `CASK${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    await h.send(signedJson(SIGNING_SECRET, fresh(mentionEvent(question, { channel }))));
    return JSON.stringify((await waitForPost(h.slack, channel)).body.blocks);
  };

  /** Asks until the answer does (or no longer does) come from the briefing; the milliseconds that took. */
  const untilAnswered = async (h: Harness, fromIt: boolean, since: number) => {
    while (performance.now() - since < 5000) {
      if ((await ask(h, QUESTION)).includes(TITLE) === fromIt) return performance.now() - since;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Number.POSITIVE_INFINITY;
  };

  const servedBy = async (h: Harness) => {
    const health = (await (await fetch(`${h.baseUrl}/healthz`)).json()) as {
      briefings: { id: string; folder: string }[];
    };
    return health.briefings;
  };

  const brief = async (h: Harness, text: string) => {
    const responseUrl = h.slack.responseUrl(`remove${Math.random()}`);
    await h.send(signedForm(SIGNING_SECRET, { ...briefCommand(text, responseUrl), user_id: CURATOR }));
    const [reply] = await h.slack.waitFor('response_url');
    h.slack.reset();
    return reply.body;
  };

  beforeAll(async () => {
    [a, b] = [await start(), await start()];
  });
  afterAll(async () => {
    await Promise.all(instances.map((h) => h.close()));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('serves a briefing a curator shares with one instance on the other within 5 seconds, kept in Redis', async () => {
    expect(await ask(b, QUESTION)).not.toContain(TITLE);
    const file = { id: `F${runId}`, name: 'us-debt.html' };
    const bytes = await readFile(path.join(sharedArticlesDir(), 'nytimes-4', 'source.html'));
    a.slack.hostFile({ ...file, bytes, filetype: 'html' });
    const shared = fileShareEvents(file, { user: CURATOR, channel: 'DCURATOR', channelType: 'im' });
    const sharedAt = performance.now();
    await Promise.all([
      a.send(signedJson(SIGNING_SECRET, fresh(shared.message))),
      a.send(signedJson(SIGNING_SECRET, fresh(shared.shared))),
    ]);
    const reply = visibleText((await waitForPost(a.slack, 'DCURATOR', 10_000)).body);
    expect(reply).toContain(`New briefing \`${ID}\``);
    expect(reply).toContain(`Kept in Redis (${keyPrefix}briefing-files:${ID})`);

    expect(await untilAnswered(b, true, sharedAt)).toBeLessThan(5000);
    expect(await ask(a, QUESTION)).toContain(`${TITLE}, 2018-09-25`);
    // Kept in Redis only: no instance's KNOWLEDGE_DIR was written.
    for (const folder of folders) expect(await readdir(folder)).toEqual(['china-platforms-sea']);
    const redis = new Redis(redisUrl);
    expect(await redis.hget(`${keyPrefix}briefing-files:${ID}`, 'pack.yaml')).toContain(`id: ${ID}`);
    await redis.quit();
  });

  it('is loaded from Redis by an instance that starts afterwards', async () => {
    const c = await start();
    expect(await servedBy(c)).toContainEqual({
      id: ID,
      folder: `redis:${ID}`,
      entries: expect.any(Number),
      figures: expect.any(Number),
      drafts: expect.any(Number),
    });
    expect(await ask(c, QUESTION)).toContain(TITLE);
  });

  it('is taken down on every instance when a curator removes it on any of them', async () => {
    const removed = await brief(b, `remove ${ID}`);
    expect(removed.response_type).toBe('in_channel');
    expect(removed.text).toContain('Its files were deleted from Redis');
    const since = performance.now();
    for (const h of instances) expect(await untilAnswered(h, false, since)).toBeLessThan(5000);
    for (const h of instances)
      expect((await servedBy(h)).map((briefing) => briefing.id)).toEqual(['china-platforms-sea']);
  });

  it('will not remove a pack folder, which every instance has on its own disk', async () => {
    const refused = await brief(a, 'remove china-platforms-sea');
    expect(refused.response_type).toBe('ephemeral');
    expect(refused.text).toContain('every instance has on its own disk');
    expect((await servedBy(b)).map((briefing) => briefing.id)).toEqual(['china-platforms-sea']);
  });
});
