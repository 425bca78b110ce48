import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { loadKnowledge } from '../src/briefings/load-knowledge.js';
import { routeQuestion } from '../src/briefings/route-question.js';
import {
  type ArticleScore,
  engineForArticle,
  isRight,
  percent,
  readArticleSets,
  scoreArticleSet,
} from '../tests/eval/score-articles.js';

// `npm run eval [-- --pages <dir>] [--sets <dir>] [--misses] [--json]`: answer quality per article, each drafted by
// kb:new's code from the saved page <pages>/<article>/source.html with no curation, asked the question sets in
// <sets> (default tests/eval/articles). The first briefing's sets run on its curated pack, and again on a pack
// drafted from its plain text. Prints right / wrong / declined per set and the mean over articles. With --together,
// every briefing is also served together in one catalogue, as the bot serves a KNOWLEDGE_DIR, and each set is asked
// of all of them: a reply counts right only from its own briefing.

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    sets: { type: 'string', default: 'tests/eval/articles' },
    misses: { type: 'boolean' },
    json: { type: 'boolean' },
    together: { type: 'boolean' },
  },
});

function sharedArticles(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'fixtures', 'articles');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve('../shared/fixtures/articles');
  }
}

const pages = values.pages ?? sharedArticles();
const firstArticleText = path.join(path.dirname(path.dirname(pages)), 'knowledge-source', 'article.txt');
const work = await mkdtemp(path.join(tmpdir(), 'eval-articles-'));
const rows: (ArticleScore & { pack: string; together?: ArticleScore; packId?: string })[] = [];
try {
  for (const set of await readArticleSets(values.sets)) {
    const sources: { pack: string; source: { page: string } | { packDir: string } }[] =
      set.article === 'china-platforms-sea'
        ? [
            { pack: 'curated', source: { packDir: 'knowledge/china-platforms-sea' } },
            ...(existsSync(firstArticleText) ? [{ pack: 'drafted', source: { page: firstArticleText } }] : []),
          ]
        : [{ pack: 'drafted', source: { page: path.join(pages, set.article, 'source.html') } }];
    for (const { pack, source } of sources) {
      if ('page' in source && !existsSync(source.page)) continue;
      const engine = await engineForArticle(source, work, DEFAULT_THRESHOLD);
      rows.push({ ...scoreArticleSet(engine, set), pack, packId: engine.pack.meta.id });
    }
  }
  if (values.together) {
    // The drafted packs written above, plus the curated first one: one catalogue, as KNOWLEDGE_DIR serves them.
    const { readdir } = await import('node:fs/promises');
    const folders = [
      ...(await readdir(work)).filter((f) => !f.startsWith('.')).map((f) => path.join(work, f)),
      'knowledge/china-platforms-sea',
    ].filter((folder) => {
      // The first article drafted from its text is the same article as the curated pack: serve it once.
      const draftedFirst = rows.find((r) => r.article === 'china-platforms-sea' && r.pack === 'drafted');
      return !draftedFirst?.packId || path.basename(folder) !== draftedFirst.packId;
    });
    const { catalogue } = await loadKnowledge(folders, { threshold: DEFAULT_THRESHOLD });
    const sets = await readArticleSets(values.sets);
    for (const row of rows) {
      if (row.article === 'china-platforms-sea' && row.pack !== 'curated') continue;
      const set = sets.find((s) => s.article === row.article && s.set === row.set);
      if (!set) continue;
      const together: ArticleScore = { ...row, right: 0, wrong: 0, declined: 0, misses: [] };
      for (const item of set.in_scope) {
        const reply = routeQuestion(catalogue, item.q);
        if (reply.pack === row.packId && isRight(reply, item.accept)) together.right += 1;
        else {
          if (reply.answered) together.wrong += 1;
          together.misses.push({
            q: item.q,
            kind: reply.answered ? 'wrong' : 'missed',
            got: `[${reply.pack}] ${reply.answer.slice(0, 150)}`,
          });
        }
      }
      for (const item of set.out_of_scope) {
        const reply = routeQuestion(catalogue, item.q);
        if (!reply.answered) together.declined += 1;
        else
          together.misses.push({
            q: item.q,
            kind: 'answered_out_of_scope',
            got: `[${reply.pack}] ${reply.answer.slice(0, 150)}`,
          });
      }
      row.together = together;
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

if (values.json) console.log(JSON.stringify(rows));
else {
  for (const r of rows) {
    const name = `${r.article}-${r.set} (${r.pack})`.padEnd(44);
    console.log(
      `${name} right ${percent(r.right, r.inScope).padStart(4)}  wrong ${percent(r.wrong, r.inScope).padStart(4)}  declined ${percent(r.declined, r.outOfScope).padStart(4)}  (${r.inScope} in, ${r.outOfScope} out)`,
    );
    if (r.together)
      console.log(
        `${''.padEnd(44)} together: right ${percent(r.together.right, r.inScope).padStart(4)}  wrong ${percent(r.together.wrong, r.inScope).padStart(4)}  declined ${percent(r.together.declined, r.outOfScope).padStart(4)}`,
      );
    const misses = r.together ? r.together.misses.filter((m) => !r.misses.some((alone) => alone.q === m.q)) : r.misses;
    if (values.misses) for (const m of misses) console.log(`    ${m.kind}: ${m.q}\n      -> ${m.got}`);
  }
  const drafted = rows.filter((r) => r.pack === 'drafted');
  const mean = (f: (r: ArticleScore) => number) =>
    `${Math.round((100 * drafted.reduce((s, r) => s + f(r), 0)) / drafted.length)}%`;
  console.log(
    `mean over ${drafted.length} drafted sets: right ${mean((r) => r.right / r.inScope)}, wrong ${mean((r) => r.wrong / r.inScope)}, declined ${mean((r) => r.declined / r.outOfScope)}`,
  );
}
