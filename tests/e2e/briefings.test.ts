import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startBot } from '../../src/start-bot.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { copyPack, SHIPPED_PACK } from '../helpers/pack-copy.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { blockAction, briefCommand, buttonStartingWith, buttonsIn, mentionEvent } from './payloads.js';
import { signedForm, signedInteraction, signedJson } from './sign.js';

// Several briefings through the real Bolt app: a KNOWLEDGE_DIR in a temp folder with the shipped pack, the Indonesia
// fixture and a broken folder; then a pack folder dropped in while the app runs.

const TEMU_QUESTION = 'how many people in europe use temu every month';
const json = (value: unknown) => JSON.stringify(value);

let h: Harness;
let knowledge: string;

beforeAll(async () => {
  knowledge = await mkdtemp(path.join(tmpdir(), 'e2e-knowledge-'));
  await copyPack(SHIPPED_PACK, path.join(knowledge, 'china-platforms-sea'));
  await copyPack(path.join(FIXTURE_BRIEFINGS, 'indonesia-social-commerce'), path.join(knowledge, 'indonesia'));
  await copyPack(path.join(FIXTURE_BRIEFINGS, 'johor-data-centres'), path.join(knowledge, 'broken'));
  await writeFile(path.join(knowledge, 'broken', 'figures.yaml'), 'figures: [oops\n');
  h = await startHarness({ KNOWLEDGE_DIR: knowledge });
});
afterAll(async () => {
  await h.close();
  await rm(knowledge, { recursive: true, force: true });
});
beforeEach(() => h.slack.reset());

async function mention(text: string, channel = 'CGENERAL') {
  await h.send(signedJson(SIGNING_SECRET, mentionEvent(text, { channel })));
  const [post] = await h.slack.waitFor('chat.postMessage');
  h.slack.reset();
  return post.body;
}

async function brief(text: string) {
  await h.send(signedForm(SIGNING_SECRET, briefCommand(text, h.slack.responseUrl())));
  const [reply] = await h.slack.waitFor('response_url');
  h.slack.reset();
  return reply.body;
}

describe('A bot serving a folder of briefings', () => {
  it('serves the valid ones, and reports the broken folder on /healthz with the file and problem', async () => {
    const health = (await (await fetch(`${h.baseUrl}/healthz`)).json()) as {
      briefings: { id: string }[];
      failed: unknown[];
    };
    expect(health.briefings.map((b) => b.id).sort()).toEqual(['china-platforms-sea', 'indonesia-social-commerce']);
    expect(health.failed).toEqual([
      { folder: path.join(knowledge, 'broken'), serving: null, problems: [expect.stringContaining('figures.yaml')] },
    ]);
    const logged = h.logLines.filter((line) => line.includes('briefing failed validation'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged[0]).toContain('figures.yaml');
  });

  it('names the answering briefing in the citation line', async () => {
    const post = await mention('how many SMEs does indonesia have');
    expect(json(post.blocks)).toContain("Indonesia's new rules for social commerce, 2025-01-20");
  });

  it('offers the other briefing that answers too as an "Also in" button, which answers from it', async () => {
    const post = await mention('what did indonesia ban in 2023 on social media?');
    const also = buttonStartingWith(post.blocks, 'also_in');
    expect(also.text.text).toMatch(/^Also in: /);
    await h.send(
      signedInteraction(
        SIGNING_SECRET,
        blockAction(also, { responseUrl: h.slack.responseUrl(), messageTs: '1700000000.000900', blocks: post.blocks }),
      ),
    );
    const [update] = await h.slack.waitFor('chat.update');
    const otherTitle = also.text.text.replace('Also in: ', '');
    expect(json(update.body.blocks)).toMatch(new RegExp(`paragraph \\d+, ${otherTitle}`));
  });

  it('asks back which briefing "tl;dr?" is about, with a button per briefing that answers from it', async () => {
    const post = await mention('tl;dr?');
    expect(json(post.blocks)).toContain('Which briefing do you mean?');
    const choice = buttonsIn(post.blocks).find((b) => b.text.text === "Indonesia's new rules for social commerce");
    if (!choice) throw new Error(`no button for the Indonesia briefing in ${json(post.blocks)}`);
    await h.send(
      signedInteraction(
        SIGNING_SECRET,
        blockAction(choice, {
          responseUrl: h.slack.responseUrl(),
          messageTs: '1700000000.000950',
          blocks: post.blocks,
        }),
      ),
    );
    const [update] = await h.slack.waitFor('chat.update');
    expect(json(update.body.blocks)).toContain('Indonesia is rewriting the rules for online shopping');
  });

  it('lists the briefings newest first for /brief sources', async () => {
    const reply = await brief('sources');
    const text = json(reply.blocks);
    expect(text.indexOf("Indonesia's new rules")).toBeLessThan(text.indexOf('Chinese platforms look'));
    expect(text).toContain('Fixture Wire · 2025-01-20 · 9 entries, none draft');
  });

  it("tries the channel's default briefing first after /brief use, and every briefing again after /brief use all", async () => {
    const question = 'what did indonesia ban in 2023 on social media?';
    const set = await brief('use indonesia-social-commerce');
    expect(set.response_type).toBe('in_channel');
    expect(json(await mention(question, 'CGENERAL'))).toContain("Indonesia's new rules for social commerce");
    await brief('use chinese platforms look to southeast asia as the us applies more scrutiny');
    expect(json(await mention(question, 'CGENERAL'))).toContain('Chinese platforms look to Southeast Asia');
    await brief('use all');
    const unknown = await brief('use no-such-briefing');
    expect(unknown.text).toContain('no briefing called');
  });
});

describe('A pack folder dropped into KNOWLEDGE_DIR while the app runs', () => {
  it('answers within 5 seconds, without a restart', async () => {
    expect(json((await mention(TEMU_QUESTION)).blocks)).not.toContain('EU scrutiny of Temu');
    const dropped = performance.now();
    await copyPack(path.join(FIXTURE_BRIEFINGS, 'temu-eu-scrutiny'), path.join(knowledge, 'temu-eu'));
    let answeredFrom = '';
    while (performance.now() - dropped < 5000 && !answeredFrom.includes('EU scrutiny of Temu')) {
      answeredFrom = json((await mention(TEMU_QUESTION)).blocks);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answeredFrom).toContain('EU scrutiny of Temu and Shein, 2025-02-10');
    expect(performance.now() - dropped).toBeLessThan(5000);
  });
});

describe('Starting with no valid briefing at all', () => {
  it('fails with one clear message naming each folder, its file and problem', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'e2e-broken-'));
    await copyPack(path.join(FIXTURE_BRIEFINGS, 'johor-data-centres'), path.join(empty, 'johor'));
    await writeFile(path.join(empty, 'johor', 'figures.yaml'), 'figures: [oops\n');
    const parsed = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-x',
      SLACK_SIGNING_SECRET: 's',
      KNOWLEDGE_DIR: empty,
      PORT: '0',
    });
    if (!parsed.ok) throw new Error('bad test config');
    const started = await startBot(parsed.value, createLogger({ level: 'error', write: () => undefined }));
    await rm(empty, { recursive: true, force: true });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.error.message).toContain(`No valid briefing in ${empty}`);
    expect(started.error.message).toContain('figures.yaml');
  });
});

describe('Many briefings at once, one with a not_stated detail its own entry asks', () => {
  it('starts without waiting for that check, then reports the folder and takes it down within seconds', async () => {
    // From a dozen folders on, a start leaves the not_stated phrasing checks to each briefing's first use.
    const many = await mkdtemp(path.join(tmpdir(), 'e2e-many-'));
    for (let i = 0; i < 12; i++) {
      const dir = path.join(many, `copy-${String(i).padStart(2, '0')}`);
      await copyPack(SHIPPED_PACK, dir);
      const meta = path.join(dir, 'pack.yaml');
      await writeFile(meta, (await readFile(meta, 'utf8')).replace('id: china-platforms-sea', `id: copy-${i}`));
    }
    const broken = path.join(many, 'copy-05', 'qa.yaml');
    await writeFile(
      broken,
      (await readFile(broken, 'utf8')).replace('asks: ["lift", ', 'asks: ["suspended in indonesia", "lift", '),
    );
    const bot = await startHarness({ KNOWLEDGE_DIR: many });
    try {
      type Health = { briefings: { id: string }[]; failed: { folder: string; problems: string[] }[] };
      let health: Health = { briefings: [], failed: [] };
      const started = performance.now();
      while (performance.now() - started < 10_000 && health.failed.length === 0) {
        health = (await (await fetch(`${bot.baseUrl}/healthz`)).json()) as Health;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health.briefings.map((b) => b.id)).not.toContain('copy-5');
      expect(health.briefings).toHaveLength(11);
      expect(health.failed).toEqual([
        {
          folder: path.join(many, 'copy-05'),
          serving: null,
          problems: [
            expect.stringMatching(
              /qa\.yaml:\d+ .*not_stated\[0\]: detail "suspension-end" asks "suspended in indonesia"/,
            ),
          ],
        },
      ]);
      const logged = bot.logLines.filter((line) => line.includes('briefing failed validation'));
      expect(logged.join('\n')).toContain('not_stated[0]');
    } finally {
      await bot.close();
      await rm(many, { recursive: true, force: true });
    }
  }, 60_000);
});
