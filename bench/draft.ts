import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { readPage } from '../src/ingest/read-page.js';
import { readerViewBlocks } from '../tests/ingest/reader-view.js';
import { sharedArticles } from '../tests/ingest/shared-articles.js';

// `tsx bench/draft.ts [--json]`: how long `npm run kb:new` takes to draft a pack from a saved page, cold: each run is
// a fresh process (Node start, imports, reading, drafting, writing, the loader's check). Three pages: the largest saved
// page of shared/fixtures/articles, a 2,000-word page built from their reader-view paragraphs in a saved page's
// furniture, and a long read of all those paragraphs (drafting time grew with names times sentences, so a long report
// shows it first). Each is timed with tsx's compile cache as a person's runs have it, and with it off (a machine's
// first run). Goal: a 2,000-word page drafts in under 5 s.

const json = process.argv.includes('--json');
const work = mkdtempSync(path.join(tmpdir(), 'bench-draft-'));
const articles = sharedArticles();

const largest = articles.reduce((a, b) => (b.source.length > a.source.length ? b : a));
const twoThousand = path.join(work, 'two-thousand-words.html');
writeFileSync(twoThousand, longPage(2000));
const longRead = path.join(work, 'long-read.html');
writeFileSync(longRead, longPage(Number.POSITIVE_INFINITY));

// Other work on the machine slows a cold start more than anything here: the load average goes with the figures.
const load = Math.round(loadavg()[0] * 10) / 10;
const results = [];
for (const [label, file] of [
  [`${largest.name} (largest saved page)`, largest.sourceFile],
  ['2,000-word page', twoThousand],
  ['long read (every saved page)', longRead],
] as const) {
  const read = await readPage(new Uint8Array(readFileSync(file)), path.basename(file));
  if (!read.ok) throw new Error(`bench/draft: ${read.error.message}`);
  const words = read.value.paragraphs.join(' ').split(/\s+/).length;
  results.push({
    page: label,
    kilobytes: Math.round(statSync(file).size / 1024),
    words,
    seconds: draftSeconds(file, {}),
    firstRunSeconds: draftSeconds(file, { TSX_DISABLE_CACHE: '1' }),
  });
}
rmSync(work, { recursive: true, force: true });

function draftSeconds(file: string, env: Record<string, string>): number {
  const out = mkdtempSync(path.join(work, 'pack-'));
  const start = performance.now();
  execFileSync('npx', ['tsx', 'src/cli/kb-new.ts', file, '--out', out, '--force'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  return Math.round(performance.now() - start) / 1000;
}

/** Reader-view paragraphs of the English pages, in order, up to a number of words, inside a saved page's furniture. */
function longPage(maxWords: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (const article of articles.filter((a) => a.name !== 'qq')) {
    for (const block of readerViewBlocks(article.readerView)) {
      if (words >= maxWords) break;
      if (block.split(' ').length < 8) continue;
      paragraphs.push(block);
      words += block.split(' ').length;
    }
  }
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long read</title>
<meta property="og:site_name" content="Bench Times"><script>window.analytics = ${JSON.stringify({ id: 'x'.repeat(5000) })};</script></head>
<body><header><nav><ul>${links}</ul></nav></header>
<main><article><h1>A long read</h1><p class="byline">By Bench Writer</p>
${paragraphs.map((p, i) => `<p>${escapeHtml(p)}</p>${i % 6 === 5 ? '<div class="ad">Advertisement</div>' : ''}`).join('\n')}
</article><aside><h2>Most read</h2><ul>${links}</ul></aside></main>
<footer><p>© 2025 Bench Times. All rights reserved.</p><ul>${links}</ul></footer></body></html>`;
}

if (json) console.log(JSON.stringify({ loadAverage: load, pages: results }));
else {
  for (const r of results)
    console.log(
      `kb:new ${r.page}, ${r.kilobytes} KB, ${r.words} words: ${r.seconds} s cold, ${r.firstRunSeconds} s on a first run${r.page === '2,000-word page' ? ' (goal < 5 s)' : ''}`,
    );
  console.log(`(load average ${load} on ${availableParallelism()} cores when it started)`);
}
