import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';
import { type EvalScore, readEvalSet, scoreEval } from './score-eval.js';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('answer quality on questions written as users ask them', () => {
  let score: EvalScore;
  let engine: Engine;

  beforeAll(async () => {
    engine = await loadedEngine(SHIPPED_PACK);
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

  it('answers at least 95% of in-scope questions with the right entry', () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('gives a wrong answer to at most 3% of in-scope questions', () => {
    expect(score.wrongRate).toBeLessThanOrEqual(0.03);
  });

  it('abstains on at least 90% of out-of-scope questions', () => {
    expect(score.abstention).toBeGreaterThanOrEqual(0.9);
  });
});
