import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis } from '../store/redis-test-url.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { channelMessageEvent, eventCallback, mentionEvent, visibleText } from './payloads.js';
import { signedJson } from './sign.js';

// Two real app instances sharing one real Redis, as two dynos would: the question reaches one, the follow-up the
// other. The channel is unique per run, so repeated local runs against one Redis never see each other's threads.

const runId = `${process.pid}${Date.now()}`;
const channel = `CSHARED${runId}`;

describeWithRedis('A follow-up on another instance', (redisUrl) => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    [a, b] = await Promise.all([startHarness({ REDIS_URL: redisUrl }), startHarness({ REDIS_URL: redisUrl })]);
  });
  afterAll(async () => Promise.all([a.close(), b.close()]));

  it('is read with the thread the first instance answered in', async () => {
    // Event ids unique per run too: the shared Redis remembers handled ones for an hour.
    const mention = eventCallback(mentionEvent('who is Jian Xu?', { channel }).event, `EvAsk${runId}`);
    await a.send(signedJson(SIGNING_SECRET, mention));
    await a.slack.waitFor('chat.postMessage');
    const followUp = channelMessageEvent('where does he work?', { channel, thread_ts: mention.event.ts });
    await b.send(signedJson(SIGNING_SECRET, eventCallback(followUp.event, `EvFollow${runId}`)));
    const [post] = await b.slack.waitFor('chat.postMessage');
    expect(post.body.thread_ts).toBe(mention.event.ts);
    expect(visibleText(post.body)).toContain('Deakin University');
  });
});
