import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { createEngine, MAX_QUESTION_CHARS } from '../src/answer/engine.js';
import type { Pack } from '../src/knowledge/schema.js';
import { percentile } from './engine.js';
import { seeded, WORST_CASE_SHAPES } from './worst-case-inputs.js';

// The slowest single answers: every shape in worst-case-inputs.ts at the longest question the engine reads
// (MAX_QUESTION_CHARS) and at Slack's limit (2,000), several seeded instances each, after the engine has answered
// ordinary questions a while (JIT and caches warm, as in a running bot). Goal: no answer over 50 ms.
// Run alone: npx tsx bench/worst-case.ts [--json]

/** Wall time, and the process's CPU time (what the answer cost, less affected by other load on the machine). */
export type WorstCase = { shape: string; length: number; maxMs: number; p50Ms: number; maxCpuMs: number };
export type WorstCaseReport = { goalMs: number; slowest: WorstCase; shapes: WorstCase[] };

export const WORST_CASE_GOAL_MS = 50;
const INSTANCES = 12;

export function benchWorstCases(pack: Pack, warmUp: string[]): WorstCaseReport {
  const engine = createEngine(pack, { threshold: DEFAULT_THRESHOLD });
  for (let round = 0; round < 3; round++) for (const question of warmUp) engine.answer(question);
  const shapes: WorstCase[] = [];
  for (const length of [2000, MAX_QUESTION_CHARS]) {
    for (const [index, shape] of WORST_CASE_SHAPES.entries()) {
      const random = seeded(index + 1);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < INSTANCES; i++) {
        const question = shape.make(random, length);
        const start = process.hrtime.bigint();
        const startCpu = process.cpuUsage();
        engine.answer(question);
        const usedCpu = process.cpuUsage(startCpu);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        cpu.push((usedCpu.user + usedCpu.system) / 1000);
      }
      times.sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      shapes.push({
        shape: shape.name,
        length,
        maxMs: round(times[times.length - 1]),
        p50Ms: round(percentile(times, 50)),
        maxCpuMs: round(Math.max(...cpu)),
      });
    }
  }
  // By CPU time: on a busy machine wall time also counts the time other processes had the CPU.
  const slowest = shapes.reduce((a, b) => (b.maxCpuMs > a.maxCpuMs ? b : a));
  return { goalMs: WORST_CASE_GOAL_MS, slowest, shapes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const { measureLoad } = await import('./measure-load.js');
  const { readEvalQuestions } = await import('../tests/eval/score-eval.js');
  const { pack } = await measureLoad();
  const report = benchWorstCases(pack, await readEvalQuestions());
  if (values.json) console.log(JSON.stringify(report));
  else {
    for (const s of report.shapes)
      console.log(
        `${s.shape.padEnd(32)} ${String(s.length).padStart(5)} chars   p50 ${s.p50Ms} ms   max ${s.maxMs} ms   max CPU ${s.maxCpuMs} ms`,
      );
    console.log(
      `slowest: ${report.slowest.shape} (${report.slowest.length} chars), ${report.slowest.maxMs} ms (goal < ${report.goalMs} ms)`,
    );
  }
}
