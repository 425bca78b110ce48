import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createLiveCatalogue, type LiveCatalogue } from '../../src/briefings/live-catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { createPackReloader, type PackReloader } from '../../src/briefings/reload-pack.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { type KnowledgeWatcher, watchKnowledge } from '../../src/briefings/watch-knowledge.js';
import { createLogger } from '../../src/log.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { copyPack } from '../helpers/pack-copy.js';

// Live changes on a real KNOWLEDGE_DIR in a temp folder: the reloader alone, then through the chokidar watcher.

const TEMU_EU = path.join(FIXTURE_BRIEFINGS, 'temu-eu-scrutiny');
const JOHOR = path.join(FIXTURE_BRIEFINGS, 'johor-data-centres');
const TEMU_QUESTION = 'how many people in europe use temu every month';

let dir: string;
let live: LiveCatalogue;
let reloader: PackReloader;
let logLines: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'knowledge-'));
  await copyPack(JOHOR, path.join(dir, 'johor'));
  const { catalogue } = await loadKnowledge([path.join(dir, 'johor')], { threshold: DEFAULT_THRESHOLD });
  live = createLiveCatalogue(catalogue);
  logLines = [];
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  reloader = createPackReloader({ live, threshold: DEFAULT_THRESHOLD, logger });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const ids = () => live.current().briefings.map((b) => b.id);
const edit = async (file: string, change: (text: string) => string) =>
  writeFile(file, change(await readFile(file, 'utf8')));

describe('Reloading a pack folder', () => {
  it('serves a new folder, with its engine ready', async () => {
    await copyPack(TEMU_EU, path.join(dir, 'temu'));
    await reloader.reload(path.join(dir, 'temu'));
    expect(ids()).toEqual(['johor-data-centres', 'temu-eu-scrutiny']);
    expect(live.current().get('temu-eu-scrutiny')?.warm).toBe(true);
    expect(routeQuestion(live.current(), TEMU_QUESTION)).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny' });
  });

  it('keeps the last good version of a pack that an edit breaks, reports it, and logs the error once', async () => {
    const qa = path.join(dir, 'johor', 'qa.yaml');
    await edit(qa, (t) => t.replace(`quote: "Johor's planned`, 'quote: "Johor planned'));
    await reloader.reload(path.join(dir, 'johor'));
    await reloader.reload(path.join(dir, 'johor'));
    expect(ids()).toEqual(['johor-data-centres']);
    const [failed] = live.current().failed;
    expect(failed).toMatchObject({ origin: path.join(dir, 'johor'), serving: 'johor-data-centres' });
    expect(failed.problems[0]).toMatchObject({ file: expect.stringContaining('qa.yaml'), field: expect.any(String) });
    const errors = logLines.filter((line) => line.includes('briefing failed validation'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('qa.yaml');
    expect(errors[0]).toContain('still serving its last good version');
    expect(routeQuestion(live.current(), 'how much data centre capacity is planned in johor').answered).toBe(true);
  });

  it('replaces the pack once the edit is fixed, and clears the failure', async () => {
    const pack = path.join(dir, 'johor', 'pack.yaml');
    await edit(pack, (t) => t.replace('title: "Johor\'s data centre boom"', 'title: 42: bad'));
    await reloader.reload(path.join(dir, 'johor'));
    expect(live.current().failed).toHaveLength(1);
    await edit(pack, (t) => t.replace('title: 42: bad', 'title: "Johor data centres, revised"'));
    await reloader.reload(path.join(dir, 'johor'));
    expect(live.current().failed).toHaveLength(0);
    expect(live.current().get('johor-data-centres')?.pack.meta.title).toBe('Johor data centres, revised');
  });

  it('stops serving a folder that is removed', async () => {
    await rm(path.join(dir, 'johor'), { recursive: true });
    await reloader.reload(path.join(dir, 'johor'));
    expect(ids()).toEqual([]);
  });

  it('refuses a second folder with an id already served, naming both', async () => {
    await copyPack(JOHOR, path.join(dir, 'johor-copy'));
    await reloader.reload(path.join(dir, 'johor-copy'));
    expect(ids()).toEqual(['johor-data-centres']);
    expect(live.current().failed[0].problems[0].message).toContain(path.join(dir, 'johor'));
  });

  it('lets a question started before a reload finish on the catalogue it started with', async () => {
    const before = live.current();
    await rm(path.join(dir, 'johor'), { recursive: true });
    await reloader.reload(path.join(dir, 'johor'));
    expect(live.current().briefings).toHaveLength(0);
    expect(routeQuestion(before, 'how much data centre capacity is planned in johor').answered).toBe(true);
  });
});

describe('Watching KNOWLEDGE_DIR', () => {
  let watcher: KnowledgeWatcher | undefined;
  afterEach(async () => watcher?.close());

  it('serves a pack folder copied in, and stops serving it when removed, without a restart', async () => {
    const logger = createLogger({ level: 'debug', write: () => undefined });
    watcher = await watchKnowledge({ knowledgeDir: dir }, reloader, logger, 100);
    await copyPack(TEMU_EU, path.join(dir, 'temu'));
    await waitFor(() => ids().includes('temu-eu-scrutiny'));
    expect(routeQuestion(live.current(), TEMU_QUESTION).pack).toBe('temu-eu-scrutiny');
    await rm(path.join(dir, 'temu'), { recursive: true });
    await waitFor(() => !ids().includes('temu-eu-scrutiny'));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
