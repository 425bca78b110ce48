import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { briefCommand, mentionEvent, visibleText } from './payloads.js';
import { signedForm, signedJson } from './sign.js';

// Slack misbehaving while the bot answers: a call that never returns, 500s, a rate limit given as HTTP 200. The
// bot runs with its real retry behaviour, only quicker (pauses of tens of ms, a 300 ms request timeout).

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    {},
    { retryConfig: { retries: 4, factor: 2, minTimeout: 20, maxTimeout: 100 }, slackTimeoutMs: 300 },
  );
});
afterAll(async () => h.close());
beforeEach(() => {
  h.slack.reset();
  h.logLines.length = 0;
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const logged = (level: string, text: string) =>
  h.logLines.filter((line) => line.includes(`"level":"${level}"`) && line.includes(text));

describe('When Slack does not answer a call', () => {
  it('gives up on the attempt after the timeout, posts the answer on a retry, and warns once', async () => {
    h.slack.failNext('chat.postMessage', 'hang', 2);
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop?')));
    const [post] = await h.slack.waitFor('chat.postMessage', 1, 10_000);
    expect(JSON.stringify(post.body.blocks)).toContain('feedback_up');
    expect(h.slack.callsTo('chat.postMessage (hang)')).toHaveLength(2);
    expect(logged('warn', 'a Slack API call failed')).toHaveLength(1);
    expect(logged('warn', 'a Slack API call failed')[0]).toContain('chat.postMessage');
    // The fake records the call before the bot reads the answer: wait for the bot to have read it.
    await until(() => logged('info', 'Slack API calls succeed again').length > 0);
    expect(logged('info', 'Slack API calls succeed again')).toHaveLength(1);
  });

  it('retries a /brief reply whose response_url does not answer', async () => {
    h.slack.failNext('response_url', 'hang');
    await h.send(signedForm(SIGNING_SECRET, briefCommand('How big is TikTok Shop?', h.slack.responseUrl())));
    const [reply] = await h.slack.waitFor('response_url', 1, 10_000);
    expect(JSON.stringify(reply.body.blocks)).toContain('feedback_up');
    expect(visibleText(reply.body)).not.toContain('Sorry');
  });
});

describe('When Slack answers 500 for a while', () => {
  it('retries until the answer is posted, with one warning for the outage', async () => {
    h.slack.failNext('chat.postMessage', 'http500', 3);
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop?')));
    const [post] = await h.slack.waitFor('chat.postMessage', 1, 10_000);
    expect(JSON.stringify(post.body.blocks)).toContain('feedback_up');
    expect(h.slack.callsTo('chat.postMessage (http500)')).toHaveLength(3);
    expect(logged('warn', 'a Slack API call failed')).toHaveLength(1);
    expect(logged('warn', 'http request failed')).toHaveLength(0);
  });
});

describe('When Slack says "ratelimited" in an HTTP 200 answer', () => {
  it('waits and posts the answer itself, not an apology', async () => {
    h.slack.failNext('chat.postMessage', 'ratelimited200');
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('How big is TikTok Shop?')));
    const [post] = await h.slack.waitFor('chat.postMessage', 1, 10_000);
    expect(JSON.stringify(post.body.blocks)).toContain('feedback_up');
    expect(visibleText(post.body)).not.toContain('Sorry');
    expect(h.slack.callsTo('chat.postMessage (ratelimited200)')).toHaveLength(1);
  });
});
