import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';
import { inThread, onItsOwn, readThreadSet, scoreThreads, type Thread, type ThreadScore } from './score-follow-ups.js';

const figures = (s: ThreadScore) => `${s.right}/${s.threads} right, ${s.wrong} wrong`;

describe('follow-up questions in threads about the first briefing', () => {
  let threads: Thread[];
  let engine: Engine;
  const scores: Record<string, ThreadScore> = {};

  beforeAll(async () => {
    engine = await loadedEngine(SHIPPED_PACK);
    threads = await readThreadSet();
    for (const set of ['tune', 'check'] as const) {
      const some = threads.filter((t) => t.set === set);
      scores[set] = scoreThreads(some, inThread(engine));
      scores[`${set} on its own`] = scoreThreads(some, onItsOwn(engine));
    }
    for (const kind of ['pronoun', 'ellipsis', 'own-topic', 'unrelated'] as const)
      scores[kind] = scoreThreads(
        threads.filter((t) => t.kind === kind),
        inThread(engine),
      );
    for (const [name, score] of Object.entries(scores)) console.log(`follow-ups ${name}: ${figures(score)}`);
    for (const miss of [...scores.tune.misses, ...scores.check.misses]) console.log(`  miss: ${JSON.stringify(miss)}`);
  });

  it('has at least 60 threads, a third of them kept aside as a check set', () => {
    expect(threads.length).toBeGreaterThanOrEqual(60);
    expect(threads.filter((t) => t.set === 'check').length).toBeGreaterThanOrEqual(threads.length / 3 - 1);
  });

  it('answers at least 90% of the threads of each set right', () => {
    expect(scores.tune.right / scores.tune.threads).toBeGreaterThanOrEqual(0.9);
    expect(scores.check.right / scores.check.threads).toBeGreaterThanOrEqual(0.9);
  });

  it('answers at most one thread in twenty with a wrong entry', () => {
    expect((scores.tune.wrong + scores.check.wrong) / threads.length).toBeLessThanOrEqual(0.05);
  });

  it('does better than reading the last question on its own', () => {
    expect(scores.tune.right).toBeGreaterThan(scores['tune on its own'].right);
    expect(scores.check.right).toBeGreaterThan(scores['check on its own'].right);
  });
});
