import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import type { Engine } from '../../src/answer/engine.js';
import type { Reply } from '../../src/answer/reply.js';
import { answerThread } from '../../src/conversation/answer-follow-up.js';

// Scores follow-ups on the thread set (tests/eval/follow-ups.yaml): each thread's last question, answered as the bot
// answers it in a thread after the ones before, and (for comparison) on its own as the bot did before follow-ups.

const ThreadSetSchema = z.object({
  threads: z.array(
    z.object({
      turns: z.array(z.string()).min(2),
      kind: z.enum(['pronoun', 'ellipsis', 'own-topic', 'unrelated']),
      expect: z.array(z.string()).min(1),
      set: z.enum(['tune', 'check']),
    }),
  ),
});
export type Thread = z.infer<typeof ThreadSetSchema>['threads'][number];

export async function readThreadSet(): Promise<Thread[]> {
  const text = await readFile(path.resolve('tests/eval/follow-ups.yaml'), 'utf8');
  return ThreadSetSchema.parse(parse(text)).threads;
}

export type ThreadScore = {
  threads: number;
  right: number;
  /** Answered with an entry that is not among the expected ones (a decline where one was expected is not wrong). */
  wrong: number;
  misses: { turns: string[]; got: string; expected: string[] }[];
};

const isRight = (reply: Reply, expected: string[]) =>
  reply.answered ? reply.entryId !== null && expected.includes(reply.entryId) : expected.includes('decline');

export function scoreThreads(threads: Thread[], answer: (turns: string[]) => Reply): ThreadScore {
  const score: ThreadScore = { threads: threads.length, right: 0, wrong: 0, misses: [] };
  for (const thread of threads) {
    const reply = answer(thread.turns);
    if (isRight(reply, thread.expect)) score.right += 1;
    else {
      if (reply.answered) score.wrong += 1;
      score.misses.push({ turns: thread.turns, got: reply.entryId ?? reply.reason, expected: thread.expect });
    }
  }
  return score;
}

/** As the bot answers the last question of a thread now. */
export const inThread = (engine: Engine) => (turns: string[]) => {
  const reply = answerThread(() => engine, turns).at(-1)?.reply;
  if (!reply) throw new Error('a thread has at least two questions');
  return reply;
};

/** As the bot answered it before follow-ups: on its own. */
export const onItsOwn = (engine: Engine) => (turns: string[]) => engine.answer(turns[turns.length - 1]);
