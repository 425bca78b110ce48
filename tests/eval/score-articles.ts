import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { draftBriefing } from '../../src/ingest/draft-briefing.js';
import { writePack } from '../../src/ingest/write-pack.js';
import { loadPack } from '../../src/knowledge/load.js';
import { type AcceptScore, type AcceptSet, readAcceptSet, scoreAcceptSet } from './score-accept.js';

// Answer quality over many articles (issue 11): each article drafted by kb:new's own code from the page as a
// browser saved it, with no curation, then asked question sets written by people who read only the article.
// A reply is right when it answers and its answer or quotes contain one of the item's `accept` snippets (copied
// verbatim from the article); an out-of-scope question must be declined. Shared by the eval test and
// `npm run eval`. The scoring itself is score-accept.ts's.

export type ArticleScore = AcceptScore & { article: string; set: string };

/** Every set (`*.yaml`) of a folder, in name order. */
export async function readArticleSets(dir: string): Promise<AcceptSet[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(files.map((f) => readAcceptSet(path.join(dir, f))));
}

export function scoreArticleSet(engine: Engine, set: AcceptSet): ArticleScore {
  return { ...scoreAcceptSet(engine.answer, set), article: set.article, set: set.set };
}

/**
 * The engine for an article: `page` (a saved web page) drafted by kb:new's code into `workDir`, then loaded by the
 * bot's loader; or a pack folder as it is (the curated first pack).
 */
export async function engineForArticle(
  source: { page: string } | { packDir: string },
  workDir: string,
  threshold: number,
): Promise<Engine> {
  let dir: string;
  if ('page' in source) {
    const drafted = await draftBriefing(await readFile(source.page), path.basename(source.page), {
      today: '2026-01-01',
    });
    if (!drafted.ok) throw new Error(`${source.page}: ${drafted.error.message}`);
    dir = path.join(workDir, drafted.value.id);
    await writePack(dir, drafted.value.files, { force: true });
  } else dir = source.packDir;
  const loaded = await loadPack(dir);
  if (!loaded.ok) throw new Error(loaded.report);
  return createEngine(loaded.value, { threshold });
}

export const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);
