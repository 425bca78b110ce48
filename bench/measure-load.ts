import path from 'node:path';
import { DEFAULT_PACK_DIR } from '../src/knowledge/default-pack.js';
import type { Pack } from '../src/knowledge/schema.js';

// The load the < 300 ms goal is about: the modules (imported here, not at the top, so their own start-up work such as
// the English word list counts), the shipped pack validated, and the engine's index built. bench/run.ts measures it
// in its own process, and through bench/load.ts in a child with tsx's transform cache off.

export type LoadTimes = { modulesAndPackMs: number; indexMs: number; totalMs: number };

export async function measureLoad(): Promise<{ times: LoadTimes; pack: Pack }> {
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
  const times = {
    modulesAndPackMs: Math.round(packed - start),
    indexMs: Math.round(indexed - packed),
    totalMs: Math.round(indexed - start),
  };
  return { times, pack: loaded.value };
}
