import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_BOT } from './fake-slack.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { channelMessageEvent, directMessageEvent, eventCallback, mentionEvent, visibleText } from './payloads.js';
import { signedJson } from './sign.js';

// Follow-up questions through the real Bolt app and the fake Slack: in channel threads with and without a mention,
// in DMs, across a restart. "Left alone" is proven as in slack-app.test.ts: a marker question sent afterwards is the
// only thing answered.

let h: Harness;
// The bot's clock, moved by the DM test; the store and the 30-minute rule both read it.
let now = Date.parse('2025-03-03T09:00:00.000Z');

beforeAll(async () => {
  h = await startHarness({}, { nowMs: () => now });
});
afterAll(async () => h.close());
beforeEach(() => h.slack.reset());

const posts = () => h.slack.callsTo('chat.postMessage');
const send = (payload: unknown) => h.send(signedJson(SIGNING_SECRET, payload));

/** Mentions the bot at the top of a channel; resolves with the thread its answer started. */
async function askInChannel(question: string, channel: string): Promise<string> {
  const mention = mentionEvent(question, { channel });
  const before = posts().length;
  await send(mention);
  await h.slack.waitFor('chat.postMessage', before + 1);
  return String(mention.event.ts);
}

async function answerTo(payload: unknown): Promise<string> {
  const before = posts().length;
  await send(payload);
  const sent = await h.slack.waitFor('chat.postMessage', before + 1);
  return visibleText(sent[before].body);
}

async function expectLeftAlone(payloads: unknown[]): Promise<void> {
  const before = posts().length;
  for (const payload of payloads) expect((await send(payload)).status).toBe(200);
  await send(mentionEvent('marker: what is the article about?', { channel: 'CMARKER' }));
  await h.slack.waitFor('chat.postMessage', before + 1);
  expect(
    posts()
      .slice(before)
      .map((p) => p.body.channel),
  ).toEqual(['CMARKER']);
}

describe('When someone follows up in a thread where the bot answered', () => {
  it("answers a follow-up that mentions the bot about the thread's topic: where Jian Xu works", async () => {
    const thread = await askInChannel('who is Jian Xu?', 'CTHREAD1');
    const text = await answerTo(mentionEvent('where does he work?', { channel: 'CTHREAD1', thread_ts: thread }));
    expect(text).toContain('Deakin University');
    expect(posts().at(-1)?.body.thread_ts).toBe(thread);
  });

  it("answers the asker's follow-up question without a mention, in the thread", async () => {
    const thread = await askInChannel('When did Xiaohongshu open its Hong Kong office?', 'CTHREAD2');
    const text = await answerTo(channelMessageEvent('why did it open it?', { channel: 'CTHREAD2', thread_ts: thread }));
    expect(text).toContain('overseas expansion');
    expect(posts().at(-1)?.body).toMatchObject({ channel: 'CTHREAD2', thread_ts: thread });
  });

  it('keeps the topic over several follow-ups', async () => {
    const thread = await askInChannel("What was TikTok Shop's global GMV last year?", 'CTHREAD3');
    const reply = (text: string) => channelMessageEvent(text, { channel: 'CTHREAD3', thread_ts: thread });
    expect(await answerTo(reply('and in Southeast Asia?'))).toContain('45.6');
    expect(await answerTo(reply('who estimated that?'))).toContain('Momentum Works');
  });

  it('answers a mention and the message Slack also sends for it once', async () => {
    const thread = await askInChannel('who is Jian Xu?', 'CTWICE');
    const ts = '1700000400.000001';
    const text = `<@${FAKE_BOT.userId}> where does he work?`;
    const mention = mentionEvent('where does he work?', { channel: 'CTWICE', thread_ts: thread, ts, event_ts: ts });
    const message = channelMessageEvent(text, { channel: 'CTWICE', thread_ts: thread, ts, event_ts: ts });
    const before = posts().length;
    await Promise.all([send(message), send(mention)]);
    await h.slack.waitFor('chat.postMessage', before + 1);
    // Anything the second event would post comes before the marker's answer.
    await expectLeftAlone([]);
    expect(posts().filter((p) => p.body.channel === 'CTWICE')).toHaveLength(2);
  });
});

describe('When people talk in a thread', () => {
  it("leaves chatter, questions to colleagues and other people's unmentioned questions alone", async () => {
    const thread = await askInChannel('who is Jian Xu?', 'CCHAT');
    const reply = (text: string, user = 'UASKER') =>
      channelMessageEvent(text, { channel: 'CCHAT', thread_ts: thread, user });
    await expectLeftAlone([
      reply('lol nice, see you at lunch'),
      reply('<@U0MARIA> did you send the deck?'),
      reply('where does he work?', 'UOTHER'),
    ]);
  });

  it('leaves an unmentioned question the briefing cannot answer alone, but answers it when mentioned', async () => {
    const thread = await askInChannel('who is Wang Zheng?', 'CUNSURE');
    await expectLeftAlone([channelMessageEvent('is he married?', { channel: 'CUNSURE', thread_ts: thread })]);
    const text = await answerTo(mentionEvent('is he married?', { channel: 'CUNSURE', thread_ts: thread }));
    expect(text).toContain("I don't know");
    // Curators read the question as it stands on its own, and only the one the bot answered.
    const logged = await readFile(path.join(h.dataDir, 'unanswered.jsonl'), 'utf8');
    expect(logged).toContain('is he (Wang Zheng) married?');
    expect(logged.match(/married/g)).toHaveLength(1);
  });

  it('answers anyone who mentions it in the thread, and then their unmentioned follow-ups', async () => {
    const thread = await askInChannel('who is Jian Xu?', 'CSECOND');
    const asOther = { channel: 'CSECOND', thread_ts: thread, user: 'UOTHER' };
    expect(await answerTo(mentionEvent('what did he say?', asOther))).toContain('scrutiny');
    expect(await answerTo(channelMessageEvent('where does he work?', asOther))).toContain('Deakin University');
  });

  it('leaves threads it is not part of, and messages at the top of a channel, alone', async () => {
    await expectLeftAlone([
      channelMessageEvent('who is Jian Xu?', { channel: 'CFOREIGN', thread_ts: '1699990000.000001' }),
      channelMessageEvent('who is Jian Xu?', { channel: 'CFOREIGN' }),
    ]);
  });
});

describe('When someone follows up in a DM', () => {
  it('reads a message within 30 minutes of the previous answer as a follow-up, and one after it on its own', async () => {
    const dm = (text: string) => directMessageEvent(text, { channel: 'DFOLLOW' });
    await answerTo(dm('who is Jian Xu?'));
    now += 29 * 60_000;
    expect(await answerTo(dm('where does he work?'))).toContain('Deakin University');
    now += 31 * 60_000;
    expect(await answerTo(dm('where does he work?'))).not.toContain('Jian Xu');
  });
});

describe('When the bot restarts between a question and its follow-up', () => {
  it('still reads the follow-up with the thread, from the stored conversation', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'briefing-restart-'));
    try {
      const first = await startHarness({ DATA_DIR: dataDir });
      const mention = mentionEvent('who is Jian Xu?', { channel: 'CRESTART' });
      await first.send(signedJson(SIGNING_SECRET, mention));
      await first.slack.waitFor('chat.postMessage');
      await first.close();

      const second = await startHarness({ DATA_DIR: dataDir });
      try {
        const followUp = channelMessageEvent('where does he work?', {
          channel: 'CRESTART',
          thread_ts: mention.event.ts,
        });
        await second.send(signedJson(SIGNING_SECRET, eventCallback(followUp.event)));
        const [post] = await second.slack.waitFor('chat.postMessage');
        expect(visibleText(post.body)).toContain('Deakin University');
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
