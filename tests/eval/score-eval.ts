import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import type { Engine } from '../../src/answer/engine.js';

// Scores the engine on the eval question set. Shared by the eval test and the benchmark.

const EvalSetSchema = z.object({
  in_scope: z.array(z.object({ q: z.string(), expect: z.array(z.string()).min(1), style: z.string() })),
  out_of_scope: z.array(z.object({ q: z.string(), kind: z.string() })),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;

export async function readEvalSet(): Promise<EvalSet> {
  const text = await readFile(path.resolve('tests/eval/questions.yaml'), 'utf8');
  return EvalSetSchema.parse(parse(text));
}

/** Every question of the eval set, in scope and out: what the benchmarks ask. */
export async function readEvalQuestions(): Promise<string[]> {
  const set = await readEvalSet();
  return [...set.in_scope.map((q) => q.q), ...set.out_of_scope.map((q) => q.q)];
}

export type EvalScore = {
  inScope: number;
  correct: number;
  wrong: number;
  outOfScope: number;
  abstained: number;
  accuracy: number;
  wrongRate: number;
  abstention: number;
  failures: { q: string; got: string | null; expected: string[] | 'abstain'; confidence: number }[];
};

export function scoreEval(engine: Engine, set: EvalSet): EvalScore {
  const failures: EvalScore['failures'] = [];
  let correct = 0;
  let wrong = 0;
  for (const item of set.in_scope) {
    const reply = engine.answer(item.q);
    if (reply.answered && reply.entryId && item.expect.includes(reply.entryId)) correct += 1;
    else {
      if (reply.answered) wrong += 1;
      failures.push({ q: item.q, got: reply.entryId, expected: item.expect, confidence: reply.confidence });
    }
  }
  let abstained = 0;
  for (const item of set.out_of_scope) {
    const reply = engine.answer(item.q);
    if (!reply.answered) abstained += 1;
    else failures.push({ q: item.q, got: reply.entryId, expected: 'abstain', confidence: reply.confidence });
  }
  const inScope = set.in_scope.length;
  const outOfScope = set.out_of_scope.length;
  return {
    inScope,
    correct,
    wrong,
    outOfScope,
    abstained,
    accuracy: correct / inScope,
    wrongRate: wrong / inScope,
    abstention: abstained / outOfScope,
    failures,
  };
}
