import Fuse from 'fuse.js';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { createEngine } from '../src/answer/engine.js';
import type { Pack } from '../src/knowledge/schema.js';

// Per-question latency of the engine, and of plain fuse.js over the whole question as the baseline.

export type Latency = { p50: number; p99: number; max: number; questions: number };

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(questions: string[], rounds: number, ask: (q: string) => unknown, warmUp = true): Latency {
  if (warmUp) for (const q of questions) ask(q); // JIT and caches, as in a bot that has been running a while
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      ask(q);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    max: round(times[times.length - 1]),
    questions: times.length,
  };
}

export function benchEngine(pack: Pack, questions: string[], rounds: number) {
  const start = performance.now();
  const engine = createEngine(pack, { threshold: DEFAULT_THRESHOLD });
  const indexMs = performance.now() - start;
  return { indexMs: Math.round(indexMs), latency: measure(questions, rounds, (q) => engine.answer(q)) };
}

export function benchFuseBaseline(pack: Pack, questions: string[], rounds: number) {
  const docs = pack.entries.map((e) => ({ id: e.id, question: e.question, alternates: e.alternates }));
  const fuse = new Fuse(docs, {
    keys: ['question', 'alternates'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
  });
  // Plain fuse.js takes seconds per question at 10,000 entries, so the baseline runs once, without warm-up.
  return { latency: measure(questions, rounds, (q) => fuse.search(q, { limit: 1 }), false) };
}
