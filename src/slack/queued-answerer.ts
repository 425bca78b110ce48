import type { Catalogue } from '../briefings/catalogue.js';
import type { RoutedReply } from '../briefings/routed-reply.js';
import type { FollowUpAnswer, PastTurn } from '../conversation/answer-follow-up.js';
import { answerTurn } from './answer-in-conversation.js';

// Questions are answered one at a time, each in a turn of the event loop of its own, after the request that brought
// it has been acknowledged: Slack's next request is read and acked between two answers, never behind a queue of
// them. Each answer is bounded (the matcher's worst input takes tens of milliseconds: bench/worst-case.ts), so an
// ack waits at most for the one answer under way (bench/ack-latency.ts measures it under a burst of slow questions).

export type QuestionRequest = {
  text: string;
  /** The channel's default briefing, tried first. */
  prefer?: string;
  /** The conversation's earlier turns, for a follow-up (none for a question on its own). */
  turns?: readonly PastTurn[];
};

/** The one way the Slack side asks a question. */
export type AnswerQuestion = (request: QuestionRequest) => Promise<FollowUpAnswer<RoutedReply>>;

export function createQueuedAnswerer(catalogue: () => Catalogue): AnswerQuestion {
  const queue: { request: QuestionRequest; settle: (run: () => FollowUpAnswer<RoutedReply>) => void }[] = [];
  let draining = false;
  const drain = () => {
    const next = queue.shift();
    if (!next) {
      draining = false;
      return;
    }
    const { request } = next;
    next.settle(() => answerTurn(catalogue(), request.turns ?? [], request.text, { prefer: request.prefer }));
    setImmediate(drain);
  };
  return (request) =>
    new Promise((resolve, reject) => {
      queue.push({
        request,
        settle: (run) => {
          try {
            resolve(run());
          } catch (error) {
            reject(error);
          }
        },
      });
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    });
}
