import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/knowledge/load.js';
import type { QaEntry } from '../../src/knowledge/schema.js';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import {
  blockAction,
  briefCommand,
  buttonStartingWith,
  directMessageEvent,
  eventCallback,
  mentionEvent,
  visibleText,
} from './payloads.js';
import { signedForm, signedInteraction, signedJson } from './sign.js';

// Each test drives the real app over HTTP exactly as Slack would and checks the Web API calls it makes.
// "Nothing happened" is proven by sending a marker question afterwards and seeing only the marker's answer.

let h: Harness;
let entryWithFigures: QaEntry;

beforeAll(async () => {
  const pack = await loadPack('knowledge/china-platforms-sea');
  if (!pack.ok) throw new Error(pack.report);
  const found = pack.value.entries.find((entry) => entry.figures.length > 0);
  if (!found) throw new Error('the shipped pack has no entry with figures');
  entryWithFigures = found;
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.slack.reset());

const json = (value: unknown) => JSON.stringify(value);
const posts = () => h.slack.callsTo('chat.postMessage');

async function sendMarkerAndWait(alreadyPosted: number): Promise<void> {
  await h.send(signedJson(SIGNING_SECRET, mentionEvent('marker: what is the article about?', { channel: 'CMARKER' })));
  await h.slack.waitFor('chat.postMessage', alreadyPosted + 1);
}

describe('When Slack checks the request URL', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await h.send(
      signedJson(SIGNING_SECRET, { type: 'url_verification', token: 't', challenge: 'ch4ll3nge' }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('ch4ll3nge');
  });

  it('reports the briefings served, with their entry counts, on GET /healthz', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      briefings: [{ id: 'china-platforms-sea', entries: expect.any(Number), drafts: 0 }],
      failed: [],
    });
  });
});

describe('When someone mentions the bot in a channel', () => {
  it('answers in a thread under the question, with figures and cited paragraphs', async () => {
    const event = mentionEvent(entryWithFigures.question);
    const res = await h.send(signedJson(SIGNING_SECRET, event));
    expect(res.status).toBe(200);
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post.body.channel).toBe('CGENERAL');
    expect(post.body.thread_ts).toBe(event.event.ts);
    const blocks = json(post.body.blocks);
    expect(blocks).toMatch(/paragraph \d+, /);
    expect(blocks).toContain('"fields"');
    expect(blocks).toContain('feedback_up');
    expect(String(post.body.text).length).toBeGreaterThan(0);
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    const event = mentionEvent(entryWithFigures.question, { thread_ts: '1699999999.000100' });
    await h.send(signedJson(SIGNING_SECRET, event));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post.body.thread_ts).toBe('1699999999.000100');
  });

  it('answers an event that Slack retries only once', async () => {
    const event = mentionEvent(entryWithFigures.question, { channel: 'CRETRY' });
    await h.send(signedJson(SIGNING_SECRET, event));
    await h.slack.waitFor('chat.postMessage');
    const retry = await h.send(
      signedJson(SIGNING_SECRET, event, {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    );
    expect(retry.status).toBe(200);
    await sendMarkerAndWait(1);
    expect(posts().filter((p) => p.body.channel === 'CRETRY')).toHaveLength(1);
  });

  it('does not echo <!channel>, <!here> or a user mention from the question as live mentions', async () => {
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('<!channel> <!here> <@U999> what is the weather in Paris?')));
    const [post] = await h.slack.waitFor('chat.postMessage');
    const sent = visibleText(post.body);
    for (const live of ['<!channel>', '<!here>', '<!everyone>', '<@U999>']) expect(sent).not.toContain(live);
  });

  it('replies with a polite note, not an answer, to a 40,000-character question', async () => {
    const res = await h.send(signedJson(SIGNING_SECRET, mentionEvent(`why ${'very '.repeat(8000)}long?`)));
    expect(res.status).toBe(200);
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(String(post.body.text)).toContain('under 2,000 characters');
    expect(json(post.body.blocks)).not.toContain('feedback_up');
  });
});

describe('When a request is not really from Slack', () => {
  it('rejects a bad signature with 401 and does no work', async () => {
    const res = await h.send(
      signedJson(SIGNING_SECRET, mentionEvent('what is the article about?'), { secret: 'wrong' }),
    );
    expect(res.status).toBe(401);
    await sendMarkerAndWait(0);
    expect(posts()).toHaveLength(1);
  });

  it('rejects a stale timestamp (over five minutes old) with 401 and does no work', async () => {
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const res = await h.send(
      signedJson(SIGNING_SECRET, mentionEvent('what is the article about?'), { timestamp: stale }),
    );
    expect(res.status).toBe(401);
    await sendMarkerAndWait(0);
    expect(posts()).toHaveLength(1);
  });
});

describe('When someone writes to the bot directly', () => {
  it('answers a direct message in the DM', async () => {
    await h.send(signedJson(SIGNING_SECRET, directMessageEvent(entryWithFigures.question)));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post.body.channel).toBe('DASKER');
    expect(post.body.thread_ts).toBeUndefined();
    expect(json(post.body.blocks)).toMatch(/paragraph \d+/);
  });

  it('answers "help" or a greeting with what it can do, not with "I don\'t know"', async () => {
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('help')));
    await h.send(signedJson(SIGNING_SECRET, directMessageEvent('hi!')));
    const sent = await h.slack.waitFor('chat.postMessage', 2);
    for (const post of sent) {
      expect(json(post.body.blocks)).toContain('I answer questions about');
      expect(json(post.body.blocks)).toContain('/brief help');
      expect(json(post.body.blocks)).not.toContain("don't know");
    }
  });

  it('answers a thank-you with "you\'re welcome", and still answers a question asked after thanks', async () => {
    await h.send(signedJson(SIGNING_SECRET, directMessageEvent('thanks bot, that helped!')));
    const [welcome] = await h.slack.waitFor('chat.postMessage');
    expect(json(welcome.body.blocks)).toContain("You're welcome");
    expect(json(welcome.body.blocks)).not.toContain("don't know");
    await h.send(signedJson(SIGNING_SECRET, directMessageEvent(`thanks! ${entryWithFigures.question}`)));
    const [, answer] = await h.slack.waitFor('chat.postMessage', 2);
    expect(json(answer.body.blocks)).toMatch(/paragraph \d+/);
  });

  it('ignores bot messages, its own messages, edits and joins', async () => {
    const ignored = [
      directMessageEvent('from another bot', { subtype: 'bot_message', bot_id: 'BOTHER', user: undefined }),
      directMessageEvent('from myself', { bot_id: 'BBOT', user: 'UBOT' }),
      directMessageEvent('an edit', { subtype: 'message_changed' }),
      directMessageEvent('joined', { subtype: 'channel_join' }),
      mentionEvent('a bot mentioning me', { bot_id: 'BOTHER' }),
    ];
    for (const payload of ignored) expect((await h.send(signedJson(SIGNING_SECRET, payload))).status).toBe(200);
    await sendMarkerAndWait(0);
    expect(posts()).toHaveLength(1);
    expect(posts()[0].body.channel).toBe('CMARKER');
  });
});

describe('When someone uses /brief', () => {
  it('acks within 3 seconds and answers only the asker, with a Share button that posts publicly', async () => {
    const res = await h.send(
      signedForm(SIGNING_SECRET, briefCommand(entryWithFigures.question, h.slack.responseUrl('brief'))),
    );
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const [reply] = await h.slack.waitFor('response_url');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(posts()).toHaveLength(0);
    const share = buttonStartingWith(reply.body.blocks, 'share_answer');

    const click = blockAction(share, { responseUrl: h.slack.responseUrl('share'), ephemeral: true });
    expect((await h.send(signedInteraction(SIGNING_SECRET, click))).status).toBe(200);
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post.body.channel).toBe('CGENERAL');
    expect(json(post.body.blocks)).toContain('<@UASKER> asked');
    const [, removed] = await h.slack.waitFor('response_url', 2);
    expect(removed.body.delete_original).toBe(true);
  });

  it('shows help for /brief help and for an empty /brief', async () => {
    for (const text of ['help', '']) {
      h.slack.reset();
      await h.send(signedForm(SIGNING_SECRET, briefCommand(text, h.slack.responseUrl())));
      const [reply] = await h.slack.waitFor('response_url');
      expect(json(reply.body.blocks)).toContain('/brief facts [topic]');
    }
  });

  it('lists key figures with attribution for /brief facts', async () => {
    await h.send(signedForm(SIGNING_SECRET, briefCommand('facts', h.slack.responseUrl())));
    const [reply] = await h.slack.waitFor('response_url');
    expect(json(reply.body.blocks)).toMatch(/Estimate by|Data from|Reported by|Source:/);
  });

  it('lists the briefings with outlet, date and entries for /brief sources, unknowns said out loud', async () => {
    await h.send(signedForm(SIGNING_SECRET, briefCommand('sources', h.slack.responseUrl())));
    const [reply] = await h.slack.waitFor('response_url');
    expect(json(reply.body.blocks)).toMatch(/outlet not stated · date not stated · \d+ entries, none draft/);
  });

  it('shows a typed <!channel> only as inert text when echoing the question', async () => {
    await h.send(
      signedForm(SIGNING_SECRET, briefCommand('<!channel> what is the article about?', h.slack.responseUrl())),
    );
    const [reply] = await h.slack.waitFor('response_url');
    const sent = visibleText(reply.body);
    expect(sent).not.toContain('<!channel>');
    expect(sent).toContain('&lt;!channel&gt;');
  });
});

describe('When someone clicks a button on an answer', () => {
  it('answers a "did you mean" choice in place of the unsure message', async () => {
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('what is the weather in Paris?')));
    const [post] = await h.slack.waitFor('chat.postMessage');
    const choice = buttonStartingWith(post.body.blocks, 'did_you_mean');
    const click = blockAction(choice, {
      responseUrl: h.slack.responseUrl(),
      messageTs: '1700000000.000777',
      blocks: post.body.blocks,
    });
    await h.send(signedInteraction(SIGNING_SECRET, click));
    const [update] = await h.slack.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: 'CGENERAL', ts: '1700000000.000777' });
    expect(json(update.body.blocks)).toContain('feedback_up');
    expect(json(update.body.blocks)).toMatch(/paragraph \d+/);
  });

  it('records one vote per user per answer and thanks the voter in the message', async () => {
    await h.send(signedJson(SIGNING_SECRET, mentionEvent(entryWithFigures.question)));
    const [post] = await h.slack.waitFor('chat.postMessage');
    const up = buttonStartingWith(post.body.blocks, 'feedback_up');
    const click = () =>
      signedInteraction(
        SIGNING_SECRET,
        blockAction(up, {
          responseUrl: h.slack.responseUrl('vote'),
          messageTs: '1700000000.000888',
          blocks: post.body.blocks,
        }),
      );
    await h.send(click());
    const [update] = await h.slack.waitFor('chat.update');
    expect(json(update.body.blocks)).toContain('Thanks for the feedback, <@UASKER>');
    await h.send(click());
    const [again] = await h.slack.waitFor('response_url');
    expect(String(again.body.text)).toContain('already voted');
    expect(h.slack.callsTo('chat.update')).toHaveLength(1);
    const saved = await readFile(path.join(h.dataDir, 'feedback.jsonl'), 'utf8');
    const votes = saved
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(votes.filter((v) => v.answerKey === 'CGENERAL:1700000000.000888')).toEqual([
      expect.objectContaining({
        userId: 'UASKER',
        vote: 'up',
        entryId: entryWithFigures.id,
        question: entryWithFigures.question,
      }),
    ]);
  });
});

describe('When the bot does not know', () => {
  it('records the unanswered question for curators', async () => {
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('what did the mayor of Lisbon say about it?')));
    await h.slack.waitFor('chat.postMessage');
    const saved = await readFile(path.join(h.dataDir, 'unanswered.jsonl'), 'utf8');
    expect(saved).toContain('Lisbon');
  });

  it('answers small talk as small talk, with topics to try, and leaves it out of what curators are shown', async () => {
    const before = posts().length;
    await h.send(signedJson(SIGNING_SECRET, mentionEvent('tell me a joke', { channel: 'CJOKES' })));
    const all = await h.slack.waitFor('chat.postMessage', before + 1);
    const reply = all.find((p) => p.body.channel === 'CJOKES');
    expect(String(reply?.body.text)).toContain('I only answer questions about what');
    expect(String(reply?.body.text)).not.toContain("I don't know");
    expect(json(reply?.body.blocks)).toContain('Here are some things I can answer');
    const saved = await readFile(path.join(h.dataDir, 'unanswered.jsonl'), 'utf8').catch(() => '');
    expect(saved).not.toContain('joke');
  });
});

describe('When one user asks too quickly', () => {
  it('answers up to RATE_LIMIT_PER_MINUTE and then replies with a polite note', async () => {
    const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      for (let i = 0; i < 3; i += 1) {
        await limited.send(signedJson(SIGNING_SECRET, eventCallback(mentionEvent(entryWithFigures.question).event)));
        await limited.slack.waitFor('chat.postMessage', i + 1);
      }
      const texts = limited.slack.callsTo('chat.postMessage').map((p) => String(p.body.text));
      expect(texts[2]).toContain('try again in a minute');
      expect(texts[0]).not.toContain('try again in a minute');
    } finally {
      await limited.close();
    }
  });
});

describe('When one user asks quickly across a minute boundary', () => {
  it('still answers no more than RATE_LIMIT_PER_MINUTE in any minute', async () => {
    let now = 1_700_000_040_000 - 1500; // 1.5 s before a whole minute
    const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: '10' }, { nowMs: () => now });
    try {
      // 20 questions in 2.7 s, the minute turning half-way.
      for (let i = 0; i < 20; i += 1) {
        await limited.send(signedJson(SIGNING_SECRET, mentionEvent(entryWithFigures.question)));
        await limited.slack.waitFor('chat.postMessage', i + 1);
        now += 140;
      }
      const texts = limited.slack.callsTo('chat.postMessage').map((p) => String(p.body.text));
      expect(texts.filter((text) => !text.includes('try again in a minute'))).toHaveLength(10);
    } finally {
      await limited.close();
    }
  });
});

describe('Logging', () => {
  it('never writes the bot token to a log line', () => {
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(h.logLines.join('\n')).not.toContain(BOT_TOKEN);
  });
});

describe('When a reply would echo a very long topic', () => {
  const topic = (length: number) => `gmv of ${'lorem ipsum '.repeat(Math.ceil(length / 12))}`.slice(0, length);

  for (const [label, length] of [
    ['3,500-character', 3500],
    ['100 KB', 100_000],
  ] as const) {
    it(`answers /brief facts <${label} topic> with a message Slack accepts, the topic cut with an ellipsis`, async () => {
      await h.send(signedForm(SIGNING_SECRET, briefCommand(`facts ${topic(length)}`, h.slack.responseUrl())));
      const [reply] = await h.slack.waitFor('response_url');
      expect(visibleText(reply.body)).toContain('…');
      expect(visibleText(reply.body)).toContain('/brief facts');
    });

    it(`answers /brief chart <${label} topic> with a message Slack accepts, the topic cut with an ellipsis`, async () => {
      await h.send(signedForm(SIGNING_SECRET, briefCommand(`chart ${topic(length)}`, h.slack.responseUrl())));
      const [reply] = await h.slack.waitFor('response_url');
      expect(visibleText(reply.body)).toContain('…');
      expect(h.slack.calls.filter((call) => call.method.endsWith('(refused)'))).toEqual([]);
    });
  }
});

describe('When the same click arrives twice', () => {
  async function privateAnswer(): Promise<Record<string, unknown>> {
    h.slack.reset();
    await h.send(signedForm(SIGNING_SECRET, briefCommand(entryWithFigures.question, h.slack.responseUrl('brief'))));
    const [reply] = await h.slack.waitFor('response_url');
    return reply.body;
  }

  it('shares the answer in the channel once for a double click', async () => {
    const share = buttonStartingWith((await privateAnswer()).blocks, 'share_answer');
    const click = () =>
      signedInteraction(
        SIGNING_SECRET,
        blockAction(share, {
          responseUrl: h.slack.responseUrl('share'),
          ephemeral: true,
          messageTs: '1700000300.000001',
        }),
      );
    await Promise.all([h.send(click()), h.send(click())]);
    await h.send(click());
    await h.slack.waitFor('chat.postMessage');
    await sendMarkerAndWait(1);
    expect(posts().filter((p) => p.body.channel === 'CGENERAL')).toHaveLength(1);
    // The private reply, then one removal of it: the repeats remove nothing.
    const replies = await h.slack.waitFor('response_url', 2);
    expect(replies.filter((reply) => reply.body.delete_original === true)).toHaveLength(1);
  });

  it('still lets another person, or the same person on another answer, share', async () => {
    const share = buttonStartingWith((await privateAnswer()).blocks, 'share_answer');
    const click = (user: string, messageTs: string) =>
      signedInteraction(
        SIGNING_SECRET,
        blockAction(share, { responseUrl: h.slack.responseUrl('share'), ephemeral: true, messageTs, user }),
      );
    await h.send(click('UASKER', '1700000400.000001'));
    await h.send(click('UOTHER', '1700000400.000001'));
    await h.send(click('UASKER', '1700000400.000002'));
    await h.slack.waitFor('chat.postMessage', 3);
  });
});
