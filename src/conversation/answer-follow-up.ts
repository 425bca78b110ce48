import type { Engine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import { resolveFollowUp } from './resolve-follow-up.js';

// The one way a message in a conversation is answered, from Slack or the command line: on its own when nothing came
// before, else read with the conversation's last question (see resolve-follow-up.ts).

export type PastTurn = {
  /** As asked. */
  question: string;
  /** As a question on its own ("where does he (Jian Xu) work?"): what the next follow-up leans on. */
  standalone: string;
  entryId: string | null;
  answered: boolean;
};

export type FollowUpAnswer = { reply: Reply; standalone: string };

export function answerFollowUp(engine: Engine, history: readonly PastTurn[], text: string): FollowUpAnswer {
  const last = history.at(-1);
  if (!last) return { reply: engine.answer(text), standalone: text };
  const resolved = resolveFollowUp(engine.readNames, last.standalone, text);
  if (resolved.asked === text) return { reply: engine.answer(text), standalone: text };
  const reply = { ...engine.answer(resolved.asked), question: text };
  if (reply.answered || !resolved.pointsBack) return { reply, standalone: resolved.standalone };
  // "is that Temu's biggest market?": a follow-up that names what it asks about may need nothing from before, though
  // a word in it seemed to point back.
  const alone = engine.answer(text);
  const namesItsOwn = engine.readNames(text).names.some((n) => n.known);
  return namesItsOwn && alone.answered
    ? { reply: alone, standalone: text }
    : { reply, standalone: resolved.standalone };
}

/** Answers the questions of a thread in order, each as a follow-up of the ones before (`ask --after`, the eval). */
export function answerThread(engine: Engine, questions: readonly string[]): FollowUpAnswer[] {
  const history: PastTurn[] = [];
  const answers: FollowUpAnswer[] = [];
  for (const question of questions) {
    const answer = answerFollowUp(engine, history, question);
    answers.push(answer);
    const { entryId, answered } = answer.reply;
    history.push({ question, standalone: answer.standalone, entryId, answered });
  }
  return answers;
}
