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

/**
 * A batch half of whose answers (each line asked alone) come from one briefing, twice as many as from any other, is
 * about that briefing: a curator trying a pack, a team's questions on the piece they read. It is answered with that
 * briefing as its subject (routeQuestion's `subject`) from the first line on: another briefing's answer on words the
 * two share no longer takes a line the subject declines before five answers in a row have said what the batch is about
 * ("who put out the report" had gone to the first briefing's ranking entry). Measured with each question set as one
 * batch served beside others (session 17): sets within 2 points of alone and declining no fewer 8/8 and 7/8 -> 8/8 and
 * 8/8, and 6/12 -> 9/12 with all eleven fixture briefings. Batches mixing two sets' questions (one set's 20-50% of
 * them, 40 draws): 1,479 -> 1,470 right. Lines are counted as asked alone: counted as the batch answered them (five in
 * a row settling it), the first pack, answering nearly all of its set, took over such batches (-178 right at half the
 * answers). A batch mixing many briefings has no subject and is answered as before. Half and twice the next (session
 * 19), not two thirds: a drafted briefing whose own pack declines a third of its set loses some of the rest to other
 * briefings' answers on shared words ("which nation got second place" to the first briefing's "second largest market"),
 * so its own answers fell short of two thirds (11 of 19 in cnn-B's batch); with all eleven fixture briefings, 9/12 ->
 * 10/12 sets within 2 points of alone and declining no fewer, and every other check the same counts (the batches of
 * session 16, the two-set mixes above, all eleven fixture sets shuffled into one batch). Half alone, without the lead,
 * let the first pack take over mixed batches again (-66 and -51 right in the two-set mixes).
 */
const SUBJECT_SHARE = 1 / 2;
/** The subject also answers at least this many times as many lines as any other briefing. */
const SUBJECT_LEAD = 2;
/** Fewer answers than this say too little about what a batch is about. */
const SUBJECT_ANSWERS = 5;

/** Every line of a batch answered at once, in order (`ask --batch`, and the eval asks a question set this way). */
export function answerBatch(
  catalogue: Catalogue,
  questions: readonly string[],
  options: RouteOptions = {},
): RoutedReply[] {
  // A briefing the caller already named (`--pack`, a default) leaves nothing for the batch to say.
  const pinned = options.prefer !== undefined || options.only !== undefined || options.subject !== undefined;
  // Each line as if asked alone: what settling on a briefing made of the lines after it says nothing about the batch.
  const subject = pinned ? undefined : mostAnswered(questions.map((q) => routeQuestion(catalogue, q, options)));
  return answerInOrder(catalogue, questions, subject === undefined ? options : { ...options, subject });
}

function answerInOrder(catalogue: Catalogue, questions: readonly string[], options: RouteOptions): RoutedReply[] {
  const lines = batchLines(catalogue, options);
  return [...questions.flatMap((q) => lines.push(q)), ...lines.end()].map((line) => line.reply);
}

/** The briefing behind half of the answers and twice as many as any other, when it gave enough to say so. */
function mostAnswered(replies: readonly RoutedReply[]): string | undefined {
  const counts = new Map<string, number>();
  let answered = 0;
  for (const reply of replies)
    if (reply.answered && reply.pack !== null) {
      answered++;
      counts.set(reply.pack, (counts.get(reply.pack) ?? 0) + 1);
    }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first) return undefined;
  const [pack, count] = first;
  const leads = count >= SUBJECT_LEAD * (second?.[1] ?? 0);
  return count >= SUBJECT_ANSWERS && count >= answered * SUBJECT_SHARE && leads ? pack : undefined;
}
