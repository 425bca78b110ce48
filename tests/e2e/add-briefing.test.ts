import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readErrors } from '../../src/ingest/read-errors.js';
import { escapeMrkdwn } from '../../src/render/escape.js';
import { copyPack, SHIPPED_PACK } from '../helpers/pack-copy.js';
import { fixtureBytes } from '../ingest/fixture-files.js';
import { readerViewBlocks } from '../ingest/reader-view.js';
import { sharedArticles, sharedArticlesDir } from '../ingest/shared-articles.js';
import { PNG_SIGNATURE } from './fake-slack.js';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { briefCommand, fileShareEvents, mentionEvent, visibleText } from './payloads.js';
import { signedForm, signedJson } from './sign.js';
import { waitForPost } from './wait-for-post.js';

// Adding and removing briefings from Slack with the file store, through the real Bolt app and the fake Slack: a
// curator shares a page saved from the browser (a real one, from shared/fixtures/articles), the bot downloads it
// with its token, drafts it with kb:new's code, writes a pack folder under KNOWLEDGE_DIR and answers from it.

const CURATOR = 'UCURATOR';
const CURATOR_DM = 'DCURATOR';
const DEBT_TITLE = 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military';
const DEBT_QUESTION = 'how much will interest payments on the debt be within a decade?';

let h: Harness;
let knowledge: string;
let debtPage: Uint8Array;
let fileCounter = 0;
const nextFileId = () => `FSHARE${++fileCounter}`;

beforeAll(async () => {
  knowledge = await mkdtemp(path.join(tmpdir(), 'e2e-add-briefing-'));
  await copyPack(SHIPPED_PACK, path.join(knowledge, 'china-platforms-sea'));
  debtPage = new Uint8Array(await readFile(path.join(sharedArticlesDir(), 'nytimes-4', 'source.html')));
  h = await startHarness({ KNOWLEDGE_DIR: knowledge, CURATORS: `UOTHER,${CURATOR}` });
});
afterAll(async () => {
  await h.close();
  await rm(knowledge, { recursive: true, force: true });
});
beforeEach(() => h.slack.reset());

/** Shares a hosted file the way Slack announces it: both events, at once. */
async function share(file: { id: string; name: string }, where: Parameters<typeof fileShareEvents>[1]) {
  const events = fileShareEvents(file, where);
  await Promise.all([
    h.send(signedJson(SIGNING_SECRET, events.message)),
    h.send(signedJson(SIGNING_SECRET, events.shared)),
  ]);
  return events;
}

async function ask(question: string): Promise<string> {
  const channel = `CASK${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  await h.send(signedJson(SIGNING_SECRET, mentionEvent(question, { channel })));
  return JSON.stringify((await waitForPost(h.slack, channel)).body.blocks);
}

async function brief(text: string, user: string, channel = 'CGENERAL') {
  const responseUrl = h.slack.responseUrl(`r${Math.random()}`);
  await h.send(signedForm(SIGNING_SECRET, { ...briefCommand(text, responseUrl), user_id: user, channel_id: channel }));
  const wanted = new URL(responseUrl).pathname;
  for (let waited = 0; waited < 5000; waited += 25) {
    const reply = h.slack.callsTo('response_url').find((call) => call.path === wanted);
    if (reply) return reply.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no reply to /brief ${text}`);
}

async function servedIds(): Promise<string[]> {
  const health = (await (await fetch(`${h.baseUrl}/healthz`)).json()) as { briefings: { id: string }[] };
  return health.briefings.map((b) => b.id).sort();
}

describe('A curator who sends the bot a saved web page in a DM', () => {
  it('gets a briefing that answers within 10 seconds, downloaded once with the bot token', async () => {
    expect(await ask(DEBT_QUESTION)).not.toContain(DEBT_TITLE);
    h.slack.reset();
    const file = { id: nextFileId(), name: 'us-debt.html' };
    h.slack.hostFile({ ...file, bytes: debtPage, filetype: 'html', mimetype: 'text/html' });
    const shared = performance.now();
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });

    const reply = await waitForPost(h.slack, CURATOR_DM, 10_000);
    const text = visibleText(reply.body);
    expect(text).toContain(`New briefing \`as-debt-rises-the-government-will-soon-spend\` from us-debt.html`);
    expect(text).toContain(`*Title:* ${DEBT_TITLE}`);
    expect(text).toMatch(/\*Paragraphs:\* \d+ · \*Figures:\* \d+ · \*Entries:\* \d+, 100% still draft/);
    expect(text).toContain('It can answer, for example:');
    expect(text).toContain('`/brief remove as-debt-rises-the-government-will-soon-spend`');

    let answer = '';
    while (performance.now() - shared < 10_000 && !answer.includes(DEBT_TITLE)) answer = await ask(DEBT_QUESTION);
    expect(answer).toContain(`${DEBT_TITLE}, 2018-09-25`);
    expect(answer).toContain('$900 billion');
    expect(performance.now() - shared).toBeLessThan(10_000);

    // Both announcements of the share arrived; the file was looked up and downloaded once, with the bot token.
    expect(h.slack.callsTo('files.info')).toHaveLength(1);
    const downloads = h.slack.callsTo('file_download');
    expect(downloads).toHaveLength(1);
    expect(downloads[0].headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(h.slack.callsTo('chat.postMessage').filter((call) => call.body.channel === CURATOR_DM)).toHaveLength(1);
    const folder = path.join(knowledge, 'as-debt-rises-the-government-will-soon-spend');
    expect(await readdir(folder)).toEqual(
      expect.arrayContaining(['pack.yaml', 'article.txt', 'qa.yaml', 'figures.yaml', 'aliases.yaml']),
    );
  });

  it('gets the next free id when the same article is shared again, and nothing is replaced', async () => {
    const file = { id: nextFileId(), name: 'us-debt-again.html' };
    h.slack.hostFile({ ...file, bytes: debtPage, filetype: 'html' });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM, 10_000)).body);
    expect(text).toContain('New briefing `as-debt-rises-the-government-will-soon-spend-2`');
    expect(text).toContain('was already there, so this one is `as-debt-rises-the-government-will-soon-spend-2`');
    expect(await servedIds()).toEqual([
      'as-debt-rises-the-government-will-soon-spend',
      'as-debt-rises-the-government-will-soon-spend-2',
      'china-platforms-sea',
    ]);
  });

  it('answers everyone else while a long file is drafting, and adds the briefing after', async () => {
    // About 24,000 words: seconds of drafting, which on the bot's own thread would hold up every question meanwhile.
    const paragraphs = sharedArticles()
      .filter((article) => article.name !== 'qq')
      .flatMap((article) => readerViewBlocks(article.readerView));
    const text = `A long read\n\n${[1, 2, 3, 4].flatMap((part) => paragraphs.map((p) => `${p} (${part})`)).join('\n\n')}\n`;
    const file = { id: nextFileId(), name: 'long-read.txt' };
    h.slack.hostFile({ ...file, bytes: new TextEncoder().encode(text), filetype: 'text' });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    while (h.slack.callsTo('file_download').length === 0) await new Promise((resolve) => setTimeout(resolve, 25));

    // Questions asked one after another until the drafted briefing is written: dozens are answered meanwhile (with
    // drafting on the bot's own thread, two or three got in before it started).
    const folder = path.join(knowledge, 'a-long-read');
    const answers: string[] = [];
    while (!existsSync(folder)) answers.push(await ask('How big is TikTok Shop in Southeast Asia?'));
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const answer of answers) expect(answer).toContain('45.6');
    const added = visibleText((await waitForPost(h.slack, CURATOR_DM, 60_000)).body);
    expect(added).toContain('New briefing `a-long-read` from long-read.txt');
  }, 90_000);

  it("refuses a type it does not read with kb:new's one-line reason, before downloading anything", async () => {
    const file = { id: nextFileId(), name: 'figures.xlsx' };
    h.slack.hostFile({ ...file, bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM)).body);
    expect(text).toContain(
      `Nothing was added: ${escapeMrkdwn(readErrors.unsupported('figures.xlsx', '.xlsx').message)}`,
    );
    expect(h.slack.callsTo('file_download')).toHaveLength(0);
  });

  it("refuses a picture saved under a page's name with kb:new's reason, and keeps nothing", async () => {
    const before = await readdir(knowledge);
    const file = { id: nextFileId(), name: 'article.html' };
    h.slack.hostFile({ ...file, bytes: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64)]), filetype: 'html' });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM)).body);
    expect(text).toContain(
      `Nothing was added: ${escapeMrkdwn(readErrors.binary('article.html', 'a PNG image').message)}`,
    );
    expect(await readdir(knowledge)).toEqual(before);
  });

  it('makes a briefing of a page Safari saved as a Web Archive, and answers from it', async () => {
    const file = { id: nextFileId(), name: 'harbour-review.webarchive' };
    h.slack.hostFile({ ...file, bytes: fixtureBytes('harbour-report.webarchive'), filetype: 'binary' });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM, 10_000)).body);
    expect(text).toContain('from harbour-review.webarchive');
    expect(text).toContain('*Title:* Harbour Review 2025: Container Traffic After the New Terminal');
    expect(await ask('how much did the new terminal cost')).toContain('€1.4 billion');
  });

  it("says Slack sent its sign-in page when a single-file page's download is an HTML page", async () => {
    const file = { id: nextFileId(), name: 'harbour-review.mhtml' };
    h.slack.hostFile({
      ...file,
      bytes: new TextEncoder().encode('<html><body>Sign in to Slack</body></html>'),
      contentType: 'text/html',
    });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM)).body);
    expect(text).toContain('Slack sent me a sign-in page instead of harbour-review.mhtml');
  });

  it('refuses a file over 20 MB from the size files.info gives, without downloading it', async () => {
    const file = { id: nextFileId(), name: 'annual-report.pdf' };
    h.slack.hostFile({ ...file, bytes: new Uint8Array(8), size: 25 * 1024 * 1024 });
    await share(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
    const text = visibleText((await waitForPost(h.slack, CURATOR_DM)).body);
    expect(text).toContain('annual-report.pdf is 25 MB and Briefing Bot reads files up to 20 MB');
    expect(h.slack.callsTo('file_download')).toHaveLength(0);
  });
});

describe('Someone who is not a curator sharing a file', () => {
  it('is told politely in a DM that nothing was kept, and nothing is looked up, downloaded or served', async () => {
    const before = { served: await servedIds(), folders: await readdir(knowledge) };
    const file = { id: nextFileId(), name: 'my-article.html' };
    h.slack.hostFile({ ...file, bytes: debtPage, filetype: 'html' });
    await share(file, { user: 'UASKER', channel: 'DASKER', channelType: 'im' });
    const reply = await waitForPost(h.slack, 'DASKER');
    expect(visibleText(reply.body)).toContain("Only curators can add briefings, so I haven't opened or kept that file");
    // Give the second announcement of the share time to (wrongly) do anything.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.slack.callsTo('files.info')).toHaveLength(0);
    expect(h.slack.callsTo('file_download')).toHaveLength(0);
    expect(await servedIds()).toEqual(before.served);
    expect(await readdir(knowledge)).toEqual(before.folders);
  });

  it('is left alone in a channel (a file there is conversation), and cannot use /brief add or /brief remove', async () => {
    const file = { id: nextFileId(), name: 'slides.pdf' };
    h.slack.hostFile({ ...file, bytes: debtPage });
    await share(file, { user: 'UASKER', channel: 'CGENERAL', channelType: 'channel' });
    expect((await brief('add', 'UASKER')).text).toContain('Only curators can add or remove briefings');
    expect((await brief('remove china-platforms-sea', 'UASKER')).text).toContain('Only curators');
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.slack.callsTo('files.info')).toHaveLength(0);
    expect(await servedIds()).toContain('china-platforms-sea');
  });
});

describe('A curator in a channel', () => {
  it("leaves a file alone without /brief add, and after it makes a briefing, replying in the file's thread", async () => {
    const page = await readFile(path.join(sharedArticlesDir(), 'gitlab-blog', 'source.html'));
    const first = { id: nextFileId(), name: 'survey.html' };
    h.slack.hostFile({ ...first, bytes: page, filetype: 'html' });
    await share(first, { user: CURATOR, channel: 'CTEAM', channelType: 'channel' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.slack.callsTo('files.info')).toHaveLength(0);

    const prompt = await brief('add', CURATOR, 'CTEAM');
    expect(prompt.response_type).toBe('ephemeral');
    expect(prompt.text).toContain('Share the article here within 5 minutes');
    const second = { id: nextFileId(), name: 'survey.html' };
    h.slack.hostFile({ ...second, bytes: page, filetype: 'html' });
    const { ts } = await share(second, { user: CURATOR, channel: 'CTEAM', channelType: 'channel' });
    const reply = await waitForPost(h.slack, 'CTEAM', 10_000);
    expect(reply.body.thread_ts).toBe(ts);
    expect(visibleText(reply.body)).toContain('3 surprising findings from our 2024 Global DevSecOps Survey');

    // One file per /brief add: the next share in the channel is conversation again.
    h.slack.reset();
    const third = { id: nextFileId(), name: 'other.html' };
    h.slack.hostFile({ ...third, bytes: page, filetype: 'html' });
    await share(third, { user: CURATOR, channel: 'CTEAM', channelType: 'channel' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.slack.callsTo('files.info')).toHaveLength(0);
  });

  it('takes a briefing down with /brief remove: it stops answering, and its folder is moved aside', async () => {
    const id = 'as-debt-rises-the-government-will-soon-spend';
    const removed = await brief(`remove ${id}`, CURATOR);
    expect(removed.response_type).toBe('in_channel');
    expect(removed.text).toContain(`<@${CURATOR}> took down the briefing *${DEBT_TITLE}*`);
    expect(removed.text).toContain(`.removed/${id}-`);
    expect(await servedIds()).not.toContain(id);
    expect(existsSync(path.join(knowledge, id))).toBe(false);
    const aside = await readdir(path.join(knowledge, '.removed'));
    expect(aside.some((name) => name.startsWith(`${id}-`))).toBe(true);
    expect((await brief('remove no-such-briefing', CURATOR)).text).toContain('no briefing called');
  });
});

describe('A bot pinned to one pack with PACK_DIR', () => {
  it('tells a curator that briefings cannot be added here, and serves only that pack', async () => {
    const pinned = await startHarness({ PACK_DIR: SHIPPED_PACK, CURATORS: CURATOR });
    try {
      const file = { id: nextFileId(), name: 'us-debt.html' };
      pinned.slack.hostFile({ ...file, bytes: debtPage, filetype: 'html' });
      const events = fileShareEvents(file, { user: CURATOR, channel: CURATOR_DM, channelType: 'im' });
      await pinned.send(signedJson(SIGNING_SECRET, events.message));
      const text = visibleText((await waitForPost(pinned.slack, CURATOR_DM, 10_000)).body);
      expect(text).toContain('Nothing was added: this bot serves the one pack PACK_DIR names');
      const health = (await (await fetch(`${pinned.baseUrl}/healthz`)).json()) as { briefings: { id: string }[] };
      expect(health.briefings.map((b) => b.id)).toEqual(['china-platforms-sea']);
    } finally {
      await pinned.close();
    }
  });
});
