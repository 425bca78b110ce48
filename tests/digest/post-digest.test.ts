import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { announcedCounter, FIGURE_COUNTER } from '../../src/digest/build-digest.js';
import { type ChartUpload, postDigest } from '../../src/digest/post-digest.js';
import { createLogger } from '../../src/log.js';
import type { RenderedChart } from '../../src/render/chart-png.js';
import { openFileStore } from '../../src/store/file-store.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../e2e/fake-slack.js';
import { digestPack, secondDigestPack } from '../fixtures/digest-pack.js';

// The real post path against the fake Slack Web API and a real file store in a temp directory.

let slack: FakeSlack;
let dir: string;
let logLines: string[];
const stores: Store[] = [];

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => slack.close());
beforeEach(async () => {
  slack.reset();
  dir = await mkdtemp(path.join(tmpdir(), 'post-digest-'));
  logLines = [];
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

const logger = () => createLogger({ level: 'debug', write: (line) => logLines.push(line) });
const openStore = async () => {
  const store = await openFileStore({ dir, logger: logger() });
  stores.push(store);
  return store;
};
const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
const fakeChart = { png: Buffer.from('png'), altText: 'alt', title: 'TikTok Shop GMV' } as RenderedChart;

function post(store: Store, overrides: Partial<Parameters<typeof postDigest>[0]> = {}) {
  return postDigest({
    store,
    packs: [digestPack],
    timeZone: 'UTC',
    client: client(),
    channel: 'CDIGEST',
    day: '2024-07-08',
    logger: logger(),
    renderChart: async () => fakeChart,
    uploadChart: async () => undefined,
    ...overrides,
  });
}

describe('Posting the digest', () => {
  it('posts the message to the digest channel once, and a second run the same day posts nothing', async () => {
    const store = await openStore();
    expect((await post(store)).status).toBe('posted');
    expect((await post(store)).status).toBe('already_posted');
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0].body.channel).toBe('CDIGEST');
    expect(JSON.stringify(posts[0].body.blocks)).toContain('Figure of the day');
  });

  it('posts nothing more after a restart on the same day, and posts again the next day', async () => {
    const first = await openStore();
    await post(first);
    await first.close();
    const second = await openStore();
    expect((await post(second)).status).toBe('already_posted');
    expect((await post(second, { day: '2024-07-09' })).status).toBe('posted');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('releases the day when Slack refuses the post, so a retry can post it', async () => {
    const store = await openStore();
    slack.rateLimitNext('chat.postMessage', 1);
    await expect(post(store)).rejects.toThrow();
    expect(await store.peekCounter(FIGURE_COUNTER)).toBe(0);
    expect((await post(store)).status).toBe('posted');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('moves the figure rotation on only after a successful post', async () => {
    const store = await openStore();
    await post(store);
    await post(store, { day: '2024-07-09' });
    expect(await store.peekCounter(FIGURE_COUNTER)).toBe(2);
    const [a, b] = slack.callsTo('chat.postMessage').map((call) => JSON.stringify(call.body.blocks));
    const figureLine = (text: string) => /Figure of the day:\* ([^\\]+)/.exec(text)?.[1];
    expect(figureLine(a)).toBeDefined();
    expect(figureLine(a)).not.toBe(figureLine(b));
  });

  it("uploads the figure's chart into the digest's thread", async () => {
    const store = await openStore();
    const uploads: ChartUpload[] = [];
    const result = await post(store, { uploadChart: async (upload) => void uploads.push(upload) });
    expect(result.status).toBe('posted');
    expect(uploads).toEqual([
      { channel: 'CDIGEST', threadTs: result.status === 'posted' ? result.ts : '', chart: fakeChart },
    ]);
  });

  it('still posts the digest when the chart cannot be rendered or uploaded, and logs why', async () => {
    const store = await openStore();
    const result = await post(store, {
      renderChart: async () => {
        throw new Error('no fonts');
      },
    });
    expect(result.status).toBe('posted');
    expect(logLines.some((line) => line.includes('could not attach the chart'))).toBe(true);
    const second = await post(store, {
      day: '2024-07-09',
      uploadChart: async () => {
        throw new Error('files.uploadV2 failed');
      },
    });
    expect(second.status).toBe('posted');
    expect(logLines.filter((line) => line.includes('could not attach the chart'))).toHaveLength(2);
  });
});

describe('Posting the digest of several briefings', () => {
  const posted = () => slack.callsTo('chat.postMessage').map((call) => JSON.stringify(call.body.blocks));

  it('announces a briefing in the first digest after it arrived, and never again', async () => {
    const store = await openStore();
    await post(store);
    await post(store, { day: '2024-07-09', packs: [secondDigestPack, digestPack] });
    await post(store, { day: '2024-07-10', packs: [secondDigestPack, digestPack] });
    const [first, second, third] = posted();
    expect(first).toContain('New briefing since the last digest');
    expect(first).toContain(digestPack.meta.title);
    expect(second).toContain('New briefing since the last digest');
    expect(second).toContain('*EU scrutiny of Temu*');
    expect(second).toContain('How the EU is looking at Temu and Shein.');
    expect(third).not.toContain('since the last digest');
    expect(await store.peekCounter(announcedCounter('second-fixture'))).toBe(1);
  });

  it('lists no briefing as new in the first digest after an upgrade from a version that did not announce them', async () => {
    const store = await openStore();
    // Digests were posted before, by a version that counted only the figure rotation.
    await store.nextCounter(FIGURE_COUNTER);
    await store.nextCounter(FIGURE_COUNTER);
    await post(store);
    await post(store, { day: '2024-07-09', packs: [secondDigestPack, digestPack] });
    const [upgraded, next] = posted();
    expect(upgraded).not.toContain('since the last digest');
    expect(next).toContain('New briefing since the last digest');
    expect(next).toContain('*EU scrutiny of Temu*');
    expect(next).not.toContain(`*${digestPack.meta.title}*`);
  });

  it('announces nothing, and moves no counter, when the post fails', async () => {
    const store = await openStore();
    slack.rateLimitNext('chat.postMessage', 1);
    await expect(post(store, { packs: [secondDigestPack, digestPack] })).rejects.toThrow();
    expect(await store.peekCounter(announcedCounter('second-fixture'))).toBe(0);
    expect(await store.peekCounter(announcedCounter('digest-fixture'))).toBe(0);
  });

  it('takes the figure of the day from each briefing in turn', async () => {
    const store = await openStore();
    const packs = [secondDigestPack, digestPack];
    for (const day of ['2024-07-08', '2024-07-09', '2024-07-10', '2024-07-11'])
      await post(store, { day, packs, renderChart: async () => null });
    const from = posted().map(
      (blocks) => /From the briefing: ([^"\\]+)/.exec(blocks.slice(blocks.indexOf('Figure of the day')))?.[1],
    );
    expect(from).toEqual([digestPack.meta.title, 'EU scrutiny of Temu', digestPack.meta.title, 'EU scrutiny of Temu']);
  });
});
