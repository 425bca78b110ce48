import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { draftBriefing } from '../../src/ingest/draft-briefing.js';
import { draftPack } from '../../src/ingest/draft-pack.js';
import { writePack } from '../../src/ingest/write-pack.js';
import { loadPack } from '../../src/knowledge/load.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';

/**
 * An article's paragraphs drafted as kb:new drafts a plain-text page, written to a temp folder and loaded as the bot
 * loads it. `remove` deletes the folder.
 */
export async function draftedEngine(
  id: string,
  title: string,
  paragraphs: string[],
  byline: { author?: string; outlet?: string; published?: string } = {},
): Promise<{ engine: Engine; dir: string; remove: () => Promise<void> }> {
  const drafted = draftPack(
    {
      title,
      paragraphs,
      language: 'en',
      author: byline.author ?? null,
      outlet: byline.outlet ?? null,
      published: byline.published ?? null,
      url: null,
      excerpt: null,
      format: 'txt',
    },
    { id, today: '2026-01-01' },
  );
  const dir = await mkdtemp(path.join(tmpdir(), `${id}-`));
  for (const [file, text] of Object.entries(drafted.files)) await writeFile(path.join(dir, file), text);
  return { engine: await loadedEngine(dir), dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A saved page of shared/fixtures/articles ("nytimes-4") drafted as kb:new drafts it, written as a pack folder inside
 * `parent`; returns the folder.
 */
export async function draftSharedPage(name: string, parent: string): Promise<string> {
  const drafted = await draftBriefing(
    await readFile(path.join(sharedArticlesDir(), name, 'source.html')),
    'source.html',
    {
      today: '2026-01-01',
    },
  );
  if (!drafted.ok) throw new Error(drafted.error.message);
  const dir = path.join(parent, drafted.value.id);
  await writePack(dir, drafted.value.files, { force: true });
  return dir;
}

/**
 * A saved page of shared/fixtures/articles drafted as kb:new drafts it, and its engine, for every test of a file:
 * drafted before they run and removed after. Call the returned function inside a test.
 */
export function useSharedPageEngine(name: string): () => Engine {
  let engine: Engine | undefined;
  let parent: string | undefined;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), `${name}-`));
    engine = await loadedEngine(await draftSharedPage(name, parent));
  });
  afterAll(() => (parent ? rm(parent, { recursive: true, force: true }) : undefined));
  return () => {
    if (!engine) throw new Error(`the ${name} engine is drafted in beforeAll; ask it inside a test`);
    return engine;
  };
}

/** The engine for a pack folder, loaded as the bot loads it, at the bot's own threshold. */
export async function loadedEngine(dir: string): Promise<Engine> {
  const loaded = await loadPack(dir);
  if (!loaded.ok) throw new Error(loaded.report);
  return createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
}

/**
 * The same drafted engine for every test of a file: drafted before they run and removed after. Call the returned
 * function inside a test.
 */
export function useDraftedEngine(
  id: string,
  title: string,
  paragraphs: string[],
  byline: { author?: string; outlet?: string; published?: string } = {},
): () => Engine {
  let drafted: Awaited<ReturnType<typeof draftedEngine>> | undefined;
  beforeAll(async () => {
    drafted = await draftedEngine(id, title, paragraphs, byline);
  });
  afterAll(() => drafted?.remove());
  return () => {
    if (!drafted) throw new Error(`the ${id} engine is drafted in beforeAll; ask it inside a test`);
    return drafted.engine;
  };
}

/**
 * Several articles drafted as kb:new drafts them and served together, as a KNOWLEDGE_DIR of them is, for every test of
 * a file. Call the returned function inside a test.
 */
export function useDraftedCatalogue(articles: { id: string; title: string; paragraphs: string[] }[]): () => Catalogue {
  let catalogue: Catalogue | undefined;
  const removes: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const dirs: string[] = [];
    for (const { id, title, paragraphs } of articles) {
      const drafted = await draftedEngine(id, title, paragraphs);
      removes.push(drafted.remove);
      dirs.push(drafted.dir);
    }
    catalogue = (await loadKnowledge(dirs, { threshold: DEFAULT_THRESHOLD })).catalogue;
  });
  afterAll(async () => {
    for (const remove of removes) await remove();
  });
  return () => {
    if (!catalogue) throw new Error('the briefings are drafted in beforeAll; ask them inside a test');
    return catalogue;
  };
}
