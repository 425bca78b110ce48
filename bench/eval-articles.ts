import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { answerBatch } from '../src/briefings/batch-lines.js';
import { loadKnowledge } from '../src/briefings/load-knowledge.js';
import { scoreAcceptSet } from '../tests/eval/score-accept.js';
import {
  type ArticleScore,
  engineForArticle,
  percent,
  readArticleSets,
  scoreArticleSet,
} from '../tests/eval/score-articles.js';

// `npm run eval [-- --pages <dir>] [--sets <dir>] [--misses] [--json]`: answer quality per article, each drafted by
// kb:new's code from the saved page <pages>/<article>/source.html with no curation, asked the question sets in
// <sets> (default tests/eval/articles). The first briefing's sets run on its curated pack, and again on a pack
// drafted from its plain text. Prints right / wrong / declined per set and the mean over articles. With --together,
// every briefing is also served together in one catalogue, as the bot serves a KNOWLEDGE_DIR, and each set is asked
// of all of them: a reply counts right only from its own briefing. With --curated <dir>, an article that has a pack
// folder <dir>/<article> (drafted, then improved by a curator) is asked its sets on that pack too.

const USAGE =
  'usage: npm run eval -- [--pages <dir>] [--sets <dir>] [--curated <dir>] [--together] [--misses] [--json] [--replies <file>]   (pages: <dir>/<article>/source.html; curated: <dir>/<article>/ pack folders; replies: one JSON line per question asked alone)';

function readArgs() {
  try {
    return parseArgs({
      options: {
        pages: { type: 'string' },
        sets: { type: 'string', default: 'tests/eval/articles' },
        curated: { type: 'string' },
        misses: { type: 'boolean' },
        replies: { type: 'string' },
        json: { type: 'boolean' },
        together: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const values = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function sharedArticles(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'fixtures', 'articles');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve('../shared/fixtures/articles');
  }
}

const pages = values.pages ?? sharedArticles();
if (!existsSync(pages)) {
  console.error(`no saved pages in ${pages}: give --pages <dir> with <article>/source.html in it\n${USAGE}`);
  process.exit(2);
}
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
        : [
            { pack: 'drafted', source: { page: path.join(pages, set.article, 'source.html') } },
            ...(values.curated && existsSync(path.join(values.curated, set.article))
              ? [{ pack: 'curated', source: { packDir: path.join(values.curated, set.article) } }]
              : []),
          ];
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
      // The catalogue serves the drafted packs and the first briefing's curated one.
      if (row.pack !== (row.article === 'china-platforms-sea' ? 'curated' : 'drafted')) continue;
      const set = sets.find((s) => s.article === row.article && s.set === row.set);
      if (!set) continue;
      // A reply from another briefing that happens to quote the snippet would count too: no two articles here share
      // their sentences, since the first article is served once.
      // One batch per set, as `ask --batch` answers a file of one briefing's questions.
      const replies = answerBatch(
        catalogue,
        [...set.in_scope, ...set.out_of_scope].map((item) => item.q),
      );
      const together: ArticleScore = {
        ...scoreAcceptSet(() => {
          const reply = replies.shift();
          if (!reply) throw new Error('a batch gave fewer replies than questions');
          return reply;
        }, set),
        article: row.article,
        set: row.set,
      };
      row.together = together;
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

// Every reply, one JSON line per question, so two versions of the code can be compared reply by reply.
if (values.replies)
  await writeFile(
    values.replies,
    rows
      .flatMap((row) =>
        row.items.map((item) =>
          JSON.stringify({
            article: row.article,
            set: row.set,
            pack: row.pack,
            q: item.q,
            kind: item.kind,
            outcome: item.outcome,
            answer: item.reply.answer,
            confidence: item.reply.confidence,
          }),
        ),
      )
      .map((line) => `${line}\n`)
      .join(''),
  );

if (values.json)
  console.log(
    JSON.stringify(
      rows.map(({ items: _items, together, ...row }) => ({
        ...row,
        together: together && { right: together.right, wrong: together.wrong, declined: together.declined },
      })),
    ),
  );
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
    // Served together, what is lost there (a question declined alone and answered wrong together included); alone,
    // every miss.
    const failed = (score: ArticleScore) =>
      score.items.filter((i) => i.outcome !== 'right' && i.outcome !== 'declined');
    const misses = r.together
      ? failed(r.together).filter((m) => !failed(r).some((alone) => alone.q === m.q && alone.outcome === m.outcome))
      : failed(r);
    if (values.misses)
      for (const m of misses) {
        const pack = 'pack' in m.reply ? `[${String(m.reply.pack)}] ` : '';
        console.log(`    ${m.outcome}: ${m.q}\n      -> ${pack}${m.reply.answer.slice(0, 200)}`);
      }
  }
  // The first briefing's curated pack is scored apart: it was tuned on its own sets.
  for (const [label, scored] of [
    ['drafted', rows.filter((r) => r.pack === 'drafted')],
    ['curated', rows.filter((r) => r.pack === 'curated' && r.article !== 'china-platforms-sea')],
  ] as const) {
    if (scored.length === 0) continue;
    const mean = (f: (r: ArticleScore) => number) =>
      `${Math.round((100 * scored.reduce((s, r) => s + f(r), 0)) / scored.length)}%`;
    console.log(
      `mean over ${scored.length} ${label} sets: right ${mean((r) => r.right / r.inScope)}, wrong ${mean((r) => r.wrong / r.inScope)}, declined ${mean((r) => r.declined / r.outOfScope)}`,
    );
  }
}
