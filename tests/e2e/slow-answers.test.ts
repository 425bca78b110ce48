import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { briefCommand, mentionEvent } from './payloads.js';
import { signedForm, signedJson } from './sign.js';

// Answering must never hold up an ack (Slack gives 3 s). The bot runs with an engine whose every answer takes a
// second of busy CPU (see slow-engine-worker.ts); four questions are being answered when other requests come in.

const SLOW_QUESTIONS = 4;
const SLOW_ANSWER_MS = 1000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { engineWorkerModule: new URL('./slow-engine-worker.ts', import.meta.url) });
});
afterAll(async () => h.close());

describe('When slow questions are being answered', () => {
  it('acknowledges other requests at once, and still answers every question', async () => {
    for (let i = 0; i < SLOW_QUESTIONS; i++)
      await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop in Southeast Asia?')));
    const acks = [];
    for (let i = 0; i < 5; i++) {
      acks.push(await h.send(signedForm(SIGNING_SECRET, briefCommand('help', h.slack.responseUrl(`help${i}`)))));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(acks.map((ack) => ack.status)).toEqual([200, 200, 200, 200, 200]);
    // Each well inside one slow answer: they were not waiting for any of them.
    for (const ack of acks) expect(ack.ms).toBeLessThan(SLOW_ANSWER_MS / 2);
    expect(h.slack.callsTo('chat.postMessage').length).toBeLessThan(SLOW_QUESTIONS);
    const posts = await h.slack.waitFor('chat.postMessage', SLOW_QUESTIONS, 20_000);
    for (const post of posts) expect(JSON.stringify(post.body.blocks)).toContain('feedback_up');
  });
});
