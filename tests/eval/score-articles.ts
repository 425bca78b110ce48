import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import type { Reply } from '../../src/answer/reply.js';
import { draftBriefing } from '../../src/ingest/draft-briefing.js';
import { writePack } from '../../src/ingest/write-pack.js';
import { loadPack } from '../../src/knowledge/load.js';

// Answer quality over many articles (issue 11): each article drafted by kb:new's own code from the page as a
// browser saved it, with no curation, then asked question sets written by people who read only the article.
// A reply is right when it answers and its answer or quotes contain one of the item's `accept` snippets (copied
// verbatim from the article); an out-of-scope question must be declined. Shared by the eval test and
// `npm run eval`.

const ItemSchema = z.object({
  q: z.string(),
  style: z.string().optional(),
  accept: z.array(z.string()),
  answer: z.string(),
});
export const ArticleSetSchema = z.object({
  article: z.string(),
  set: z.string(),
  in_scope: z.array(ItemSchema),
  out_of_scope: z.array(z.object({ q: z.string(), kind: z.string(), why: z.string().optional() })),
});
export type ArticleSet = z.infer<typeof ArticleSetSchema>;

export type ArticleScore = {
  article: string;
  set: string;
  inScope: number;
  right: number;
  wrong: number;
  outOfScope: number;
  declined: number;
  misses: { q: string; kind: 'wrong' | 'missed' | 'answered_out_of_scope'; got: string }[];
};

export async function readArticleSets(dir: string): Promise<ArticleSet[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(files.map(async (f) => ArticleSetSchema.parse(parse(await readFile(path.join(dir, f), 'utf8')))));
}

/** The normalisation a reader would not notice: quote marks, dashes, spacing, case, a few HTML entities. */
function plain(text: string): string {
  return text
    .replace(/&percnt;/g, '%')
    .replace(/&amp;/g, '&')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * What a right reply contains. Set writers sometimes point at the page's header line ("BYLINE: Dave Steer | SITE:
 * GitLab"): the values there are what a reply about the author, outlet or date must name.
 */
function acceptedTexts(accept: string[]): string[] {
  return accept
    .flatMap((a) =>
      /\b(?:BYLINE|SITE|TITLE|PUBLISHED):/.test(a)
        ? a
            .split('|')
            .map((part) => part.replace(/^\s*(?:BYLINE|SITE|TITLE|PUBLISHED):\s*/, '').trim())
            .filter((v) => v && v !== 'None' && v !== 'null')
            .map((v) => (/^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : v))
        : [a],
    )
    .map(plain);
}

export function isRight(reply: Reply, accept: string[]): boolean {
  if (!reply.answered) return false;
  const text = plain([reply.answer, ...reply.citations.map((c) => c.quote)].join('\n'));
  return acceptedTexts(accept).some((a) => text.includes(a));
}

export function scoreArticleSet(engine: Engine, set: ArticleSet): ArticleScore {
  const misses: ArticleScore['misses'] = [];
  let right = 0;
  let wrong = 0;
  for (const item of set.in_scope) {
    const reply = engine.answer(item.q);
    if (isRight(reply, item.accept)) right += 1;
    else {
      if (reply.answered) wrong += 1;
      misses.push({ q: item.q, kind: reply.answered ? 'wrong' : 'missed', got: reply.answer.slice(0, 200) });
    }
  }
  let declined = 0;
  for (const item of set.out_of_scope) {
    const reply = engine.answer(item.q);
    if (!reply.answered) declined += 1;
    else misses.push({ q: item.q, kind: 'answered_out_of_scope', got: reply.answer.slice(0, 200) });
  }
  return {
    article: set.article,
    set: set.set,
    inScope: set.in_scope.length,
    right,
    wrong,
    outOfScope: set.out_of_scope.length,
    declined,
    misses,
  };
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
