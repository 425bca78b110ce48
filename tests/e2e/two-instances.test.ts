import { webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { postDigest } from '../../src/digest/post-digest.js';
import { loadPack } from '../../src/knowledge/load.js';
import type { Pack } from '../../src/knowledge/schema.js';
import { createLogger } from '../../src/log.js';
import { openRedisStore } from '../../src/store/redis-store.js';
import type { Store } from '../../src/store/store.js';
import { freePort, type RedisProcess, startRedisProcess } from '../store/redis-process.js';
import { describeWithRedis } from '../store/redis-test-url.js';
import { startFakeSlack } from './fake-slack.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { eventCallback, mentionEvent } from './payloads.js';
import { signedJson } from './sign.js';

// Two real app instances sharing one real Redis, as two dynos would. Ids are unique per run, so repeated local
// runs against one Redis never see each other's claims.

const runId = `${process.pid}${Date.now()}`;

describeWithRedis('Two instances sharing one Redis', (redisUrl) => {
  let a: Harness;
  let b: Harness;
  let pack: Pack;
  beforeAll(async () => {
    // Both look for work a dead instance left every 200 ms (15 s in production).
    const options = { pending: { leaseMs: 60_000, sweepMs: 200 } };
    [a, b] = await Promise.all([
      startHarness({ REDIS_URL: redisUrl }, options),
      startHarness({ REDIS_URL: redisUrl }, options),
    ]);
    const loaded = await loadPack('knowledge/china-platforms-sea');
    if (!loaded.ok) throw new Error(loaded.report);
    pack = loaded.value;
  });
  afterAll(async () => Promise.all([a.close(), b.close()]));

  it('answer a retried event once, whichever instance receives each delivery', async () => {
    const mention = mentionEvent('How big is TikTok Shop?');
    const event = eventCallback(mention.event, `Ev${runId}`);
    const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };
    const [first, second] = await Promise.all([
      a.send(signedJson(SIGNING_SECRET, event)),
      b.send(signedJson(SIGNING_SECRET, event, retry)),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await Promise.race([a.slack.waitFor('chat.postMessage'), b.slack.waitFor('chat.postMessage')]);
    // Give the losing instance time to (wrongly) answer too before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posts = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')];
    expect(posts).toHaveLength(1);
  });

  it('answer, once between them, a question that an instance which died had claimed and not answered', async () => {
    const opened = await openRedisStore({ url: redisUrl, logger: createLogger({ level: 'error', write: () => {} }) });
    if (!opened.ok) throw new Error(opened.error.message);
    const channel = `CDEAD${runId}`;
    const event = eventCallback(mentionEvent('How big is TikTok Shop?', { channel }).event, `EvDead${runId}`);
    try {
      // As the dead instance left it: claimed, kept, leased to itself until a minute ago.
      const claimed = await opened.value.claimPending({
        id: `event:EvDead${runId}`,
        body: JSON.stringify(event),
        owner: 'dead-instance',
        nowMs: Date.now() - 120_000,
        leaseMs: 60_000,
        claimTtlSeconds: 3600,
      });
      expect(claimed).toBe(true);
    } finally {
      await opened.value.close();
    }
    const inChannel = () =>
      [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')].filter(
        (post) => post.body.channel === channel,
      );
    const deadline = Date.now() + 10_000;
    while (inChannel().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // both have swept several times since
    expect(inChannel()).toHaveLength(1);
    expect(inChannel()[0].body.thread_ts).toBe(event.event.ts);
    // And a Slack retry of it now is a repeat.
    await a.send(signedJson(SIGNING_SECRET, event, { headers: { 'x-slack-retry-num': '1' } }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inChannel()).toHaveLength(1);
  });

  it('post the day’s digest once when both run it at the same moment', async () => {
    const slack = await startFakeSlack();
    const logger = createLogger({ level: 'error', write: () => undefined });
    const stores: Store[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const opened = await openRedisStore({ url: redisUrl, logger });
        if (!opened.ok) throw new Error(opened.error.message);
        stores.push(opened.value);
      }
      const channel = `CDIGEST${runId}`;
      const run = (store: Store) =>
        postDigest({
          store,
          packs: [pack],
          timeZone: 'UTC',
          client: new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
          channel,
          day: '2024-07-08',
          logger,
          renderChart: async () => null,
        });
      const results = await Promise.all(stores.map(run));
      expect(results.map((r) => r.status).sort()).toEqual(['already_posted', 'posted']);
      // A restart (a fresh connection) the same day posts nothing either.
      expect((await run(stores[0])).status).toBe('already_posted');
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await slack.close();
    }
  });
});

describeWithRedis('One instance whose Redis goes away', () => {
  let redis: RedisProcess;
  let h: Harness;
  beforeAll(async () => {
    redis = await startRedisProcess(await freePort());
    h = await startHarness({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await h.close();
    await redis.stop();
  });
  afterEach(() => h.slack.reset());

  it('keeps answering while Redis is down, and warns in the log', async () => {
    await redis.stop();
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop?')));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(JSON.stringify(post.body.blocks)).toContain('feedback_up');
    expect(h.logLines.some((line) => line.includes('answering without recording'))).toBe(true);
  });

  it('records again once Redis is back', async () => {
    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop?')));
    await h.slack.waitFor('chat.postMessage');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.logLines.some((line) => line.includes('recording resumed') || line.includes('reconnected to Redis'))).toBe(
      true,
    );
  });
});
