import { batchAsker } from './batch-asker.js';
import type { Catalogue } from './catalogue.js';
import { type RouteOptions, routeQuestion } from './route-question.js';
import type { RoutedReply } from './routed-reply.js';

// A batch often opens with a question that fits every briefing ("who wrote this?", "tl;dr?"), before any answer has
// said which briefing the batch is about. Rather than ask back, such a line waits, with the lines after it, for the
// first answer, and is then answered from that briefing, as it would have been later in the batch. Replies still come
// out in the order of the lines. Served together with six others, three of six new question sets had lost their
// "who wrote this article" this way (measured on session 16's sets).

/** At most this many lines wait for an answer; then they are given as they stand, so a batch never stalls for long. */
const MAX_WAITING = 5;

export type BatchLine = { question: string; reply: RoutedReply };

export type BatchLines = {
  /** Answers the next line; returns the lines whose replies are now settled, in order (often just this one). */
  push(question: string): BatchLine[];
  /** At the end of the batch: the lines still waiting, as they were answered. */
  end(): BatchLine[];
};

export function batchLines(catalogue: Catalogue, options: RouteOptions = {}): BatchLines {
  const ask = batchAsker(catalogue, options);
  let waiting: BatchLine[] = [];
  let anyAnswer = false;
  const flush = () => {
    const settled = waiting;
    waiting = [];
    return settled;
  };
  return {
    push(question) {
      const line = { question, reply: ask(question) };
      const briefing = line.reply.answered ? line.reply.pack : null;
      if (briefing !== null) {
        anyAnswer = true;
        const settled = flush().map((w) => settle(catalogue, w, briefing));
        return [...settled, line];
      }
      if (!anyAnswer && (waiting.length > 0 || line.reply.reason === 'which_briefing')) {
        waiting.push(line);
        return waiting.length >= MAX_WAITING ? flush() : [];
      }
      return [...flush(), line];
    },
    end: flush,
  };
}

/** A waiting "which briefing?" line answered from the briefing the batch turned out to be about, when it can be. */
function settle(catalogue: Catalogue, line: BatchLine, briefing: string): BatchLine {
  if (line.reply.reason !== 'which_briefing') return line;
  const reply = routeQuestion(catalogue, line.question, { only: briefing });
  return reply.answered || reply.reason === 'not_stated' ? { ...line, reply } : line;
}

/** Every line of a batch answered at once, in order (the eval asks a question set this way). */
export function answerBatch(
  catalogue: Catalogue,
  questions: readonly string[],
  options: RouteOptions = {},
): RoutedReply[] {
  const lines = batchLines(catalogue, options);
  return [...questions.flatMap((q) => lines.push(q)), ...lines.end()].map((line) => line.reply);
}
