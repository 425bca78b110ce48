import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import type { EvalSet } from './score-eval.js';

// Scores routed answers: right means answered, from the right briefing, with a right entry. Used to compare a briefing
// served alone with the same briefing served among others.

export const FIXTURE_BRIEFINGS = path.resolve('tests/fixtures/briefings');

const FixtureQuestionsSchema = z.object({
  in_scope: z.array(z.object({ q: z.string(), expect: z.array(z.string()).min(1) })),
  out_of_scope: z.array(z.object({ q: z.string() })),
});

/** An in-scope question and the right answers to it, each as <briefing>/<entry>. */
export type RoutedQuestion = { q: string; expect: string[] };

export async function readFixtureQuestions(): Promise<{ inScope: RoutedQuestion[]; outOfScope: string[] }> {
  const text = await readFile(path.join(FIXTURE_BRIEFINGS, 'questions.yaml'), 'utf8');
  const set = FixtureQuestionsSchema.parse(parse(text));
  return { inScope: set.in_scope, outOfScope: set.out_of_scope.map((item) => item.q) };
}

/** The first pack's eval set, as routed questions: each answer must come from that pack. */
export function asRouted(set: EvalSet, pack: string): { inScope: RoutedQuestion[]; outOfScope: string[] } {
  return {
    inScope: set.in_scope.map((item) => ({ q: item.q, expect: item.expect.map((entry) => `${pack}/${entry}`) })),
    outOfScope: set.out_of_scope.map((item) => item.q),
  };
}

export type RoutedScore = {
  inScope: number;
  correct: number;
  wrong: number;
  /** "tl;dr?" among several briefings: asked back which one, with a button for the expected answer. */
  askedBack: number;
  outOfScope: number;
  declined: number;
  misses: { q: string; got: string | null; expected: string[] | 'decline' }[];
};

export function scoreRouted(
  catalogue: Catalogue,
  questions: { inScope: RoutedQuestion[]; outOfScope: string[] },
): RoutedScore {
  const score: RoutedScore = {
    inScope: questions.inScope.length,
    correct: 0,
    wrong: 0,
    askedBack: 0,
    outOfScope: questions.outOfScope.length,
    declined: 0,
    misses: [],
  };
  for (const { q, expect } of questions.inScope) {
    const reply = routeQuestion(catalogue, q);
    const got = reply.answered ? `${reply.pack}/${reply.entryId}` : null;
    if (got && expect.includes(got)) score.correct += 1;
    else if (reply.reason === 'which_briefing' && reply.suggestions.some((s) => expect.includes(`${s.pack}/${s.id}`)))
      score.askedBack += 1;
    else {
      if (got) score.wrong += 1;
      score.misses.push({ q, got, expected: expect });
    }
  }
  for (const q of questions.outOfScope) {
    const reply = routeQuestion(catalogue, q);
    if (!reply.answered) score.declined += 1;
    else score.misses.push({ q, got: `${reply.pack}/${reply.entryId}`, expected: 'decline' });
  }
  return score;
}
