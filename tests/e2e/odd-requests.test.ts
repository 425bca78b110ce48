import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { blockAction, eventCallback, mentionEvent } from './payloads.js';
import { signedForm, signedInteraction, signedJson, signedRaw } from './sign.js';

// Requests Slack would never send, or would send rarely, each signed correctly: every one gets a prompt HTTP
// answer (Slack shows the person an error after 3 s without one), and none makes the bot post anything.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.slack.reset());

/** Proves nothing else was posted: a marker question's answer is the only post. */
async function expectOnlyTheMarkerPosted(): Promise<void> {
  await h.send(signedJson(SIGNING_SECRET, mentionEvent('marker: what is the article about?', { channel: 'CMARKER' })));
  await h.slack.waitFor('chat.postMessage');
  expect(h.slack.calls.filter((call) => call.method !== 'auth.test').map((call) => call.method)).toEqual([
    'chat.postMessage',
  ]);
  expect(h.slack.callsTo('chat.postMessage')[0].body.channel).toBe('CMARKER');
}

describe('When a signed request body is valid JSON but not an object', () => {
  for (const body of ['null', '42', '"text"', '[]', '[{"type":"event_callback"}]']) {
    it(`answers ${body} with 400 at once`, async () => {
      const res = await h.send(signedRaw(SIGNING_SECRET, body, 'application/json'));
      expect(res.status).toBe(400);
      expect(res.ms).toBeLessThan(1000);
    });
  }

  it('answers an interaction whose payload is null with 400', async () => {
    const res = await h.send(signedForm(SIGNING_SECRET, { payload: 'null' }));
    expect(res.status).toBe(400);
    await expectOnlyTheMarkerPosted();
  });

  it('still answers an unsigned null body with 401', async () => {
    const res = await h.send(signedRaw(SIGNING_SECRET, 'null', 'application/json', { secret: 'wrong' }));
    expect(res.status).toBe(401);
  });
});

describe('When a click names an action the bot does not know', () => {
  it('acknowledges it at once and does nothing', async () => {
    const click = blockAction(
      { action_id: 'some_old_button', value: 'x', text: { text: 'Old' } },
      { responseUrl: h.slack.responseUrl() },
    );
    const res = await h.send(signedInteraction(SIGNING_SECRET, click));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    await expectOnlyTheMarkerPosted();
  });
});

describe('When an event lacks what it needs', () => {
  it('acknowledges a mention whose channel is null and posts nothing', async () => {
    const mention = mentionEvent('what is RedNote?');
    const res = await h.send(signedJson(SIGNING_SECRET, eventCallback({ ...mention.event, channel: null })));
    expect(res.status).toBe(200);
    await expectOnlyTheMarkerPosted();
  });

  it('acknowledges a mention whose text is null and posts nothing', async () => {
    const mention = mentionEvent('what is RedNote?');
    const res = await h.send(signedJson(SIGNING_SECRET, eventCallback({ ...mention.event, text: null })));
    expect(res.status).toBe(200);
    await expectOnlyTheMarkerPosted();
  });
});
