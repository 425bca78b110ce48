import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { briefCommand, mentionEvent } from './payloads.js';
import { signedForm, signedJson } from './sign.js';

// Charts reach Slack through files.uploadV2: three calls (get an upload URL, POST the PNG there, complete the upload).
// The first render builds Vega and loads fonts, so upload waits allow more time than a text answer needs.

const CHART_QUESTION = 'How big is TikTok Shop in Southeast Asia?';
const UPLOAD_TIMEOUT_MS = 15_000;

let h: Harness;
let failing: Harness;

beforeAll(async () => {
  h = await startHarness();
  failing = await startHarness(
    {},
    {
      renderChart: async () => {
        throw new Error('vega exploded');
      },
    },
  );
});
afterAll(async () => {
  await h?.close();
  await failing?.close();
});
beforeEach(() => {
  h.slack.reset();
  failing.slack.reset();
});

/** Polls the log until a line contains `text`, for at most timeoutMs. */
async function waitForLog(harness: Harness, text: string, timeoutMs = 5000): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const line = harness.logLines.find((l) => l.includes(text));
    if (line) return line;
    if (performance.now() > deadline) throw new Error(`no log line containing "${text}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('When a mention asks about figures that can be compared', () => {
  it('answers in the thread, then uploads the chart PNG into that same thread', async () => {
    const event = mentionEvent(CHART_QUESTION);
    const res = await h.send(signedJson(SIGNING_SECRET, event));
    expect(res.status).toBe(200);

    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post.body.thread_ts).toBe(event.event.ts);

    const [complete] = await h.slack.waitFor('files.completeUploadExternal', 1, UPLOAD_TIMEOUT_MS);
    const [getUrl] = h.slack.callsTo('files.getUploadURLExternal');
    const [upload] = h.slack.callsTo('upload');
    expect(getUrl.body).toMatchObject({ filename: 'chart.png', alt_text: expect.stringContaining('Bar chart') });
    expect(upload.body.isPng).toBe(true);
    expect(upload.body.byteLength).toBe(Number(getUrl.body.length));
    expect(complete.body).toMatchObject({ channel_id: 'CGENERAL', thread_ts: event.event.ts });
    expect(complete.body.files).toEqual([{ id: upload.body.fileId, title: expect.stringContaining('TikTok Shop') }]);
    // The answer goes out before the chart is even asked for.
    const order = h.slack.calls.map((call) => call.method);
    expect(order.indexOf('chat.postMessage')).toBeLessThan(order.indexOf('files.getUploadURLExternal'));
  });
});

describe('When a mention asks for the key numbers', () => {
  it('answers with the briefing figures, then charts them in the thread', async () => {
    const event = mentionEvent('what are the key numbers?');
    await h.send(signedJson(SIGNING_SECRET, event));
    const [post] = await h.slack.waitFor('chat.postMessage');
    const text = JSON.stringify(post.body.blocks);
    expect(text).toContain('TikTok Shop global GMV');
    expect(text).toContain('$64.3 billion');
    expect(text).toContain('Estimate by Momentum Works');
    const [complete] = await h.slack.waitFor('files.completeUploadExternal', 1, UPLOAD_TIMEOUT_MS);
    expect(complete.body).toMatchObject({ channel_id: 'CGENERAL', thread_ts: event.event.ts });
    const [getUrl] = h.slack.callsTo('files.getUploadURLExternal');
    expect(getUrl.body.alt_text).toContain('$64.3 billion');
  });
});

describe('When the chart cannot be rendered', () => {
  it('still posts the text answer in the thread and logs the failure', async () => {
    const event = mentionEvent(CHART_QUESTION);
    await failing.send(signedJson(SIGNING_SECRET, event));
    const [post] = await failing.slack.waitFor('chat.postMessage');
    expect(post.body.thread_ts).toBe(event.event.ts);
    const line = await waitForLog(failing, 'could not render the chart');
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', channel: 'CGENERAL', threadTs: event.event.ts });
    expect(line).toContain('vega exploded');
    expect(failing.slack.calls.filter((call) => call.method.startsWith('files.'))).toHaveLength(0);
  });
});

describe('When someone runs /brief chart', () => {
  it('uploads the chart to the channel and tells the asker privately what it shows', async () => {
    const res = await h.send(
      signedForm(SIGNING_SECRET, briefCommand('chart tiktok shop gmv', h.slack.responseUrl('chart'))),
    );
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);

    const [complete] = await h.slack.waitFor('files.completeUploadExternal', 1, UPLOAD_TIMEOUT_MS);
    expect(complete.body.channel_id).toBe('CGENERAL');
    expect(complete.body.thread_ts).toBeUndefined();
    expect(String(complete.body.initial_comment)).toContain('<@UASKER>');
    const [upload] = h.slack.callsTo('upload');
    expect(upload.body.isPng).toBe(true);

    const [reply] = await h.slack.waitFor('response_url', 1, UPLOAD_TIMEOUT_MS);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('Bar chart');
  });

  it('says so privately when there is nothing to chart, and uploads nothing', async () => {
    await h.send(signedForm(SIGNING_SECRET, briefCommand('chart zzqx blorptang', h.slack.responseUrl('none'))));
    const [reply] = await h.slack.waitFor('response_url');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('nothing to chart');
    expect(h.slack.calls.filter((call) => call.method.startsWith('files.'))).toHaveLength(0);
  });
});
