import path from 'node:path';
import { DEFAULT_PACK_DIR } from '../src/knowledge/default-pack.js';
import { loadPack } from '../src/knowledge/load.js';
import type { Figure } from '../src/knowledge/schema.js';
import { chartGroupForFigure } from '../src/render/chart-groups.js';

// `tsx bench/chart.ts [--json] [--runs 50]`: chart render time over the real pack.
// cold: the first chart in this fresh process, including importing vega, vega-lite and resvg and loading fonts.
// warm: later renders of the same chart with the cache off, so every run really renders (median and p99).
// cached: a cache hit, which is what a repeated question costs.

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 50;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench/chart: --runs needs a positive whole number');
  process.exit(2);
}

const loaded = await loadPack(path.resolve(process.env.PACK_DIR ?? DEFAULT_PACK_DIR));
if (!loaded.ok) {
  console.error(loaded.report);
  process.exit(1);
}
const pack = loaded.value;
const figureId = 'tiktok-shop-global-gmv';
const group = chartGroupForFigure(pack, figureId) ?? chartGroupForFigure(pack, pack.figures[0].id);
if (!group) {
  console.error(`bench/chart: nothing chartable in ${pack.meta.id}`);
  process.exit(1);
}
const figures: Figure[] = group.figures;

const coldStart = performance.now();
const { createChartRenderer } = await import('../src/render/chart-png.js');
const imported = performance.now();
const first = await createChartRenderer({ cacheSize: 0 }).render(figures);
const coldEnd = performance.now();
if (!first) throw new Error('bench/chart: the benchmark group did not produce a chart');

const uncached = createChartRenderer({ cacheSize: 0 });
for (let i = 0; i < 3; i++) await uncached.render(figures);
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await uncached.render(figures);
  warm.push(performance.now() - start);
}

const cachedRenderer = createChartRenderer();
await cachedRenderer.render(figures);
const hits: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await cachedRenderer.render(figures);
  hits.push(performance.now() - start);
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const result = {
  chart: first.title,
  bars: first.plan.bars.length,
  png: { bytes: first.png.length, width: first.width, height: first.height },
  coldMs: {
    total: round(coldEnd - coldStart),
    import: round(imported - coldStart),
    firstRender: round(coldEnd - imported),
  },
  warmMs: { runs, median: round(quantile(warm, 0.5)), p99: round(quantile(warm, 0.99)), max: round(Math.max(...warm)) },
  cachedMs: { median: round(quantile(hits, 0.5)), p99: round(quantile(hits, 0.99)) },
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(
    `chart render: "${result.chart}" (${result.bars} bars, ${result.png.width}x${result.png.height} px, ${result.png.bytes} bytes)`,
  );
  console.log(
    `  cold    ${result.coldMs.total} ms (import ${result.coldMs.import} ms + first render ${result.coldMs.firstRender} ms)`,
  );
  console.log(
    `  warm    median ${result.warmMs.median} ms, p99 ${result.warmMs.p99} ms over ${runs} renders, cache off`,
  );
  console.log(`  cached  median ${result.cachedMs.median} ms, p99 ${result.cachedMs.p99} ms`);
}

/** Nearest-rank quantile; enough for 50 samples. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
