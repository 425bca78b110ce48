import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChildBot, startChildBot } from './child-bot.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { mentionEvent } from './payloads.js';
import { signedJson } from './sign.js';

// A real `npm start` process killed with kill -9 while it answers, then started again on the same DATA_DIR: every
// question Slack got an ack for is answered, once. Slack never retries an acked event, so nothing else would.

const SECRET = 'crash-secret';
let slack: FakeSlack;
let dataDir: string;
const bots: ChildBot[] = [];

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => slack.close());
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'briefing-crash-'));
  slack.reset();
});
afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.killHard()));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(): Promise<ChildBot> {
  const bot = await startChildBot({
    SLACK_BOT_TOKEN: 'xoxb-crash',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  bots.push(bot);
  return bot;
}

async function mention(bot: ChildBot, channel: string): Promise<string> {
  const event = mentionEvent('How big is TikTok Shop?', { channel });
  const res = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
    method: 'POST',
    ...signedJson(SECRET, event),
  });
  expect(res.status).toBe(200);
  return String(event.event.ts);
}

/** thread_ts of every answer posted (each answer goes in the thread of its question). */
const answeredThreads = (channel: string) =>
  slack
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === channel)
    .map((call) => String(call.body.thread_ts));

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pendingFiles = async () => (await readdir(path.join(dataDir, 'pending'))).filter((n) => n.endsWith('.json'));

describe('When the bot is killed with kill -9 while answering', () => {
  it('answers after the restart each acked question it had not answered, and none it had', async () => {
    const first = await start();
    const done = [];
    for (let i = 0; i < 5; i++) done.push(await mention(first, 'CDONE'));
    await slack.waitFor('chat.postMessage', 5, 20_000);
    await until(async () => (await pendingFiles()).length === 0);

    // Slack takes the next answers and never replies: they are in flight when the process dies.
    slack.failNext('chat.postMessage', 'hang', 8);
    const lost = [];
    for (let i = 0; i < 8; i++) lost.push(await mention(first, 'CLOST'));
    await slack.waitFor('chat.postMessage (hang)', 8, 20_000);
    await first.killHard();

    await start();
    await until(() => answeredThreads('CLOST').length >= 8);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a wrong second answer
    expect(answeredThreads('CLOST').sort()).toEqual(lost.sort());
    expect(answeredThreads('CDONE').sort()).toEqual(done.sort());
    expect(await pendingFiles()).toEqual([]);
  }, 90_000);

  it('answers a whole burst that was acked just before the kill', async () => {
    const first = await start();
    slack.failNext('chat.postMessage', 'hang', 1000);
    const burst = await Promise.all(Array.from({ length: 60 }, () => mention(first, 'CBURST')));
    await first.killHard();
    slack.reset();

    await start();
    await until(() => answeredThreads('CBURST').length >= 60, 90_000).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(answeredThreads('CBURST').sort()).toEqual(burst.sort());
    expect(await pendingFiles()).toEqual([]);
  }, 150_000);

  it('answers after the next start a question still unanswered when SIGTERM’s 10-second drain ran out', async () => {
    const first = await start();
    slack.failNext('chat.postMessage', 'hang', 1000);
    const stuck = await mention(first, 'CSTUCK');
    await slack.waitFor('chat.postMessage (hang)', 1, 20_000);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('they are kept for the next start');
    slack.reset();

    await start();
    await until(() => answeredThreads('CSTUCK').length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(answeredThreads('CSTUCK')).toEqual([stuck]);
    expect(await pendingFiles()).toEqual([]);
  }, 90_000);
});
