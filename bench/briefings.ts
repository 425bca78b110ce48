import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { createLiveCatalogue } from '../src/briefings/live-catalogue.js';
import { checksPhrasingsAtStart, loadKnowledge } from '../src/briefings/load-knowledge.js';
import type { PackReadCache } from '../src/briefings/pack-read-cache.js';
import { createPackReloader } from '../src/briefings/reload-pack.js';
import { routeQuestion } from '../src/briefings/route-question.js';
import { warmUp } from '../src/briefings/warm-up.js';
import { DEFAULT_PACK_DIR } from '../src/knowledge/default-pack.js';
import { createLogger } from '../src/log.js';
import { type Latency, percentile } from './engine.js';
import { writeSyntheticBriefings } from './synthetic-briefings.js';

// Many briefings at once: N synthetic briefings of the first pack's size (bench/synthetic-briefings.ts) in one
// KNOWLEDGE_DIR. Goals: start (every folder read, validated and ready to route) < 3 s, p99 per routed question
// < 5 ms, and one pack's reload < 1 s while questions keep being answered.

export type BriefingsBench = {
  briefings: number;
  /** Wall time to read, validate and index for routing every folder: ready to answer. */
  startMs: number;
  /** CPU time of that start (this process), steadier than wall time on a busy machine. */
  startCpuMs: number;
  /** Load average when measured: wall times on a shared machine are only as good as this is low. */
  loadAverage: number;
  warmUpMs: number;
  heapMb: number;
  routed: Latency;
  reload: { ms: number; answeredDuring: number; maxWaitMs: number; p99DuringMs: number };
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export type BriefingsBenchOptions = {
  /** Where to write the synthetic folders (kept afterwards); default a temporary folder, removed afterwards. */
  packsDir?: string;
  /** The cache a start reads passed folders from and keeps them in (src/briefings/pack-read-cache.ts). */
  cache?: PackReadCache;
};

export async function benchBriefings(
  questions: string[],
  count = 100,
  options: BriefingsBenchOptions = {},
): Promise<BriefingsBench> {
  const { cache } = options;
  const dir = options.packsDir ?? (await mkdtemp(path.join(tmpdir(), 'bench-briefings-')));
  try {
    const written = await writeSyntheticBriefings(path.resolve(DEFAULT_PACK_DIR), dir, count);
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    // As the bot starts (start-bot.ts): with this many folders, each briefing's not_stated phrasing checks run before
    // its first answer, in the warm-up measured below.
    const { catalogue } = await loadKnowledge(
      written.map((w) => w.dir),
      { threshold: DEFAULT_THRESHOLD, cache, phrasings: checksPhrasingsAtStart(written.length) },
    );
    const startMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const startCpuMs = (cpu.user + cpu.system) / 1000;
    if (catalogue.briefings.length !== count) throw new Error(`only ${catalogue.briefings.length} of ${count} loaded`);
    const live = createLiveCatalogue(catalogue);
    const warmStart = performance.now();
    await warmUp(live.current);
    const warmUpMs = performance.now() - warmStart;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    // Each eval question as asked of a few of the briefings (their names swapped in), so every question has a
    // briefing it is about among 99 that share its everyday words.
    const asked = written.slice(0, 5).flatMap((w) => questions.map(w.rename));
    for (const q of asked) routeQuestion(live.current(), q);
    // Each question timed three times and the fastest kept: on a shared machine a single timing often includes another
    // process's turn on the CPU, which says nothing about routing.
    const times: number[] = [];
    for (const q of asked) {
      let fastest = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        const t = performance.now();
        routeQuestion(live.current(), q);
        fastest = Math.min(fastest, performance.now() - t);
      }
      times.push(fastest);
    }
    times.sort((a, b) => a - b);
    const routed = {
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      max: round(times[times.length - 1]),
      questions: times.length,
    };

    // Reload one pack (an edited answer) while a loop keeps asking, one question per turn of the event loop.
    const target = written[7];
    const before = live.current().get(target.id)?.pack;
    const qa = path.join(target.dir, 'qa.yaml');
    await writeFile(qa, (await readFile(qa, 'utf8')).replace('answer: "', 'answer: "Edited. '));
    const reloader = createPackReloader({
      live,
      threshold: DEFAULT_THRESHOLD,
      cache,
      logger: createLogger({ level: 'error', write: () => undefined }),
    });
    let reloading = true;
    const waits: number[] = [];
    const asking = (async () => {
      let i = 0;
      while (reloading) {
        const queued = performance.now();
        await new Promise((resolve) => setImmediate(resolve));
        routeQuestion(live.current(), asked[i++ % asked.length]);
        waits.push(performance.now() - queued);
      }
    })();
    const reloadStart = performance.now();
    await reloader.reload(target.dir);
    const reloadMs = performance.now() - reloadStart;
    reloading = false;
    await asking;
    const after = live.current().get(target.id)?.pack;
    if (!after || after === before || !JSON.stringify(after).includes('Edited. '))
      throw new Error('the reload was lost');
    waits.sort((a, b) => a - b);
    return {
      briefings: count,
      startMs: Math.round(startMs),
      startCpuMs: Math.round(startCpuMs),
      loadAverage: Math.round(loadavg()[0] * 10) / 10,
      warmUpMs: Math.round(warmUpMs),
      heapMb: Math.round(heapMb),
      routed,
      reload: {
        ms: Math.round(reloadMs),
        answeredDuring: waits.length,
        maxWaitMs: round(waits[waits.length - 1] ?? 0),
        p99DuringMs: round(percentile(waits, 99) ?? 0),
      },
    };
  } finally {
    if (!options.packsDir) await rm(dir, { recursive: true, force: true });
  }
}
