import path from 'node:path';
import { DEFAULT_PACK_DIR } from '../src/knowledge/default-pack.js';

// One cold load in a fresh process, printed as JSON: modules (with their own start-up work), pack and index.
// bench/run.ts runs it with tsx's transform cache off to show what a machine's first start costs.

const start = performance.now();
const { loadPack } = await import('../src/knowledge/load.js');
const { createEngine } = await import('../src/answer/engine.js');
const { DEFAULT_THRESHOLD } = await import('../src/answer/defaults.js');
const loaded = await loadPack(path.resolve(DEFAULT_PACK_DIR));
if (!loaded.ok) {
  console.error(loaded.report);
  process.exit(1);
}
const packed = performance.now();
createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
const indexed = performance.now();
console.log(
  JSON.stringify({
    modulesAndPackMs: Math.round(packed - start),
    indexMs: Math.round(indexed - packed),
    totalMs: Math.round(indexed - start),
  }),
);
