import type { Reply } from '../answer/reply.js';
import type { NamesReading } from '../match/read-names.js';
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
  /** The briefing that answered, when several are served. */
  pack?: string | null;
};

/**
 * What answers a conversation's questions: one engine, or the briefings routed together. `readNames` reads with the
 * names of the briefing the conversation is about, so "he" finds the person the last answer came from.
 */
export type Asker<R extends Reply | RoutedLike> = {
  answer(question: string): R;
  readNames(text: string): NamesReading;
};
type RoutedLike = Omit<Reply, 'suggestions'> & { suggestions: unknown[] };

export type FollowUpAnswer<R = Reply> = { reply: R; standalone: string };

export function answerFollowUp<R extends Reply | RoutedLike>(
  asker: Asker<R>,
  history: readonly PastTurn[],
  text: string,
): FollowUpAnswer<R> {
  const last = history.at(-1);
  if (!last) return { reply: asker.answer(text), standalone: text };
  const resolved = resolveFollowUp(asker.readNames, last.standalone, text);
  if (resolved.asked === text) return { reply: asker.answer(text), standalone: text };
  const reply = { ...asker.answer(resolved.asked), question: text };
  if (reply.answered || !resolved.pointsBack) return { reply, standalone: resolved.standalone };
  // "is that Temu's biggest market?": a follow-up that names what it asks about may need nothing from before, though
  // a word in it seemed to point back.
  const alone = asker.answer(text);
  const namesItsOwn = asker.readNames(text).names.some((n) => n.known);
  return namesItsOwn && alone.answered
    ? { reply: alone, standalone: text }
    : { reply, standalone: resolved.standalone };
}

/**
 * Answers the questions of a thread in order, each as a follow-up of the ones before (`ask --after`, the eval).
 * `askerAfter` gives what answers the next question once a turn is known (the briefing that answered it first).
 */
export function answerThread<R extends (Reply | RoutedLike) & { pack?: string | null }>(
  askerAfter: (last: PastTurn | undefined) => Asker<R>,
  questions: readonly string[],
): FollowUpAnswer<R>[] {
  const history: PastTurn[] = [];
  const answers: FollowUpAnswer<R>[] = [];
  for (const question of questions) {
    const answer = answerFollowUp(askerAfter(history.at(-1)), history, question);
    answers.push(answer);
    const { entryId, answered, pack } = answer.reply;
    history.push({ question, standalone: answer.standalone, entryId, answered, pack });
  }
  return answers;
}
