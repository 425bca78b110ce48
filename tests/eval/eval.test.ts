import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadPack } from '../../src/knowledge/load.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';
import { type EvalScore, readEvalSet, scoreEval } from './score-eval.js';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('answer quality on questions written as users ask them', () => {
  let score: EvalScore;
  let engine: Engine;

  beforeAll(async () => {
    const loaded = await loadPack(SHIPPED_PACK);
    if (!loaded.ok) throw new Error(loaded.report);
    engine = createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
    score = scoreEval(engine, await readEvalSet());
    console.log(
      `eval: in-scope accuracy ${percent(score.accuracy)} (${score.correct}/${score.inScope}), ` +
        `wrong answers ${percent(score.wrongRate)} (${score.wrong}/${score.inScope}), ` +
        `out-of-scope abstention ${percent(score.abstention)} (${score.abstained}/${score.outOfScope})`,
    );
    for (const f of score.failures) console.log(`  miss: ${JSON.stringify(f)}`);
  });

  it('has a question set of at least 80 in-scope and 25 out-of-scope questions', () => {
    expect(score.inScope).toBeGreaterThanOrEqual(80);
    expect(score.outOfScope).toBeGreaterThanOrEqual(25);
  });

  // The goals are 95% / 3% / 90%. These floors are what the engine measurably reaches today, so a change
  // that makes answers worse fails here; raise them as the matcher improves (see the README's quality section).
  it('answers at least 82% of in-scope questions with the right entry (goal: 95%)', () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(0.82);
  });

  it('gives a wrong answer to at most 4.5% of in-scope questions (goal: 3%)', () => {
    expect(score.wrongRate).toBeLessThanOrEqual(0.045);
  });

  it('abstains on at least 90% of out-of-scope questions', () => {
    expect(score.abstention).toBeGreaterThanOrEqual(0.9);
  });
});
