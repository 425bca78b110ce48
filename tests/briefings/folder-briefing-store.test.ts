import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import type { BriefingStore } from '../../src/briefings/briefing-store.js';
import { createFolderBriefingStore } from '../../src/briefings/folder-briefing-store.js';
import { createLiveCatalogue, type LiveCatalogue } from '../../src/briefings/live-catalogue.js';
import { createPackReloader } from '../../src/briefings/reload-pack.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { type KnowledgeWatcher, watchKnowledge } from '../../src/briefings/watch-knowledge.js';
import { createLogger } from '../../src/log.js';
import { fixturePackFiles } from '../helpers/pack-files.js';

// Briefings added from Slack with the file store: pack folders written into a real KNOWLEDGE_DIR in a temp folder,
// picked up by the real folder watcher (or, when there is none, reloaded by the store itself).

const TEMU_QUESTION = 'how many people in europe use temu every month';
const by = { userId: 'UCURATOR', fileName: 'temu.html', at: '2025-02-11T09:00:00.000Z' };

let dir: string;
let live: LiveCatalogue;
let store: BriefingStore;
let watcher: KnowledgeWatcher | undefined;
let logLines: string[];

const open = async ({ watching }: { watching: boolean }) => {
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  const reloader = createPackReloader({ live, threshold: DEFAULT_THRESHOLD, logger });
  if (watching) watcher = await watchKnowledge({ knowledgeDir: dir }, reloader, logger);
  // Without a watcher, the store reloads the folder itself after waiting for one; a short wait keeps the test quick.
  store = createFolderBriefingStore({
    knowledgeDir: dir,
    live,
    reloader,
    logger,
    watcherWaitMs: watching ? 3000 : 100,
  });
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'knowledge-'));
  live = createLiveCatalogue();
  logLines = [];
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('A briefing added with the file store', () => {
  it('is a pack folder in KNOWLEDGE_DIR that the watcher loads, once, before add returns', async () => {
    await open({ watching: true });
    const added = await store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    expect(added).toMatchObject({ ok: true, keptIn: path.join(dir, 'temu-eu-scrutiny') });
    expect(routeQuestion(live.current(), TEMU_QUESTION)).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny' });
    expect((await readdir(path.join(dir, 'temu-eu-scrutiny'))).sort()).toEqual(
      ['aliases.yaml', 'article.txt', 'figures.yaml', 'pack.yaml', 'qa.yaml'].sort(),
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(logLines.filter((line) => line.includes('"briefing loaded"'))).toHaveLength(1);
  });

  it('still goes live when no watcher is running, reloaded by the store itself', async () => {
    await open({ watching: false });
    const added = await store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    expect(added.ok).toBe(true);
    expect(live.current().get('temu-eu-scrutiny')?.origin).toBe(path.join(dir, 'temu-eu-scrutiny'));
  });

  it('never replaces a folder already there: the id is taken', async () => {
    await open({ watching: false });
    await mkdir(path.join(dir, 'temu-eu-scrutiny', 'notes'), { recursive: true });
    expect(await store.isTaken('temu-eu-scrutiny')).toBe(true);
    const added = await store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    expect(added).toMatchObject({ ok: false, error: { code: 'id_taken' } });
    expect(await readdir(path.join(dir, 'temu-eu-scrutiny'))).toEqual(['notes']);
  });
});

describe('Removing a briefing with the file store', () => {
  it('moves its folder into KNOWLEDGE_DIR/.removed and stops serving it', async () => {
    await open({ watching: true });
    await store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    const briefing = live.current().get('temu-eu-scrutiny');
    if (!briefing) throw new Error('not served');
    const removed = await store.remove(briefing);
    expect(removed.ok).toBe(true);
    expect(live.current().briefings).toHaveLength(0);
    expect(existsSync(path.join(dir, 'temu-eu-scrutiny'))).toBe(false);
    const [aside] = await readdir(path.join(dir, '.removed'));
    expect(aside).toMatch(/^temu-eu-scrutiny-\d{8}-\d{6}$/);
    expect(removed).toEqual({ ok: true, filesNow: path.join(dir, '.removed', aside) });
    expect(await readdir(path.join(dir, '.removed', aside))).toContain('qa.yaml');
  });

  it('refuses a briefing that is not a pack folder of KNOWLEDGE_DIR (PACK_DIR elsewhere, or Redis)', async () => {
    await open({ watching: false });
    await store.add(await fixturePackFiles('temu-eu-scrutiny'), by);
    const briefing = live.current().get('temu-eu-scrutiny');
    if (!briefing) throw new Error('not served');
    const elsewhere = { ...briefing, origin: '/srv/other/temu' };
    expect(await store.remove(elsewhere)).toMatchObject({ ok: false, error: { code: 'not_removable' } });
    expect(live.current().get('temu-eu-scrutiny')).toBeDefined();
  });
});
