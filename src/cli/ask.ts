import { parseArgs } from 'node:util';
import type { Explanation } from '../answer/explanation.js';
import { answerBatch } from '../briefings/batch-lines.js';
import type { Catalogue } from '../briefings/catalogue.js';
import { describeNothingServed, loadKnowledge, packFoldersOf } from '../briefings/load-knowledge.js';
import { openPackReadCache } from '../briefings/pack-read-cache.js';
import type { RouteOptions } from '../briefings/route-question.js';
import { routedAsker } from '../briefings/routed-asker.js';
import type { RoutedReply } from '../briefings/routed-reply.js';
import { smallTalkOf } from '../briefings/small-talk.js';
import { ConfigSchema } from '../config.js';
import { answerThread } from '../conversation/answer-follow-up.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/default-pack.js';
import { formatProblems } from '../knowledge/problems.js';
import { renderExplanationText } from '../render/explanation-text.js';
import { MESSAGES } from '../render/messages.js';
import { renderText } from '../render/text.js';
import { readLines } from './read-lines.js';

// `npm run ask -- "question"`: the same pipeline as Slack, printed, over the same briefings (every pack folder in
// KNOWLEDGE_DIR, or PACK_DIR alone). --json for one object, --batch for one JSON line per stdin line (how answer
// quality is evaluated), --pack <id> to ask one briefing only, --explain for why the engine answered as it did,
// --after "earlier question" (repeatable) to ask a follow-up as in a thread after those. Exit 0 answered or not,
// 1 no valid pack, 2 usage.

const USAGE =
  'usage: npm run ask -- [--json] [--explain] [--pack <briefing id>] [--after "earlier question" ...] "question"   |   npm run ask -- --batch [--explain] [--pack <id>] < questions.txt';

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        batch: { type: 'boolean' },
        explain: { type: 'boolean' },
        after: { type: 'string', multiple: true },
        pack: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: true as const };
    if (values.batch && positionals.length > 0)
      return { error: '--batch reads questions from standard input, not arguments' };
    if (!values.batch && positionals.length === 0) return { error: 'no question given' };
    if (values.batch && values.after) return { error: '--after goes with one follow-up question, not with --batch' };
    return {
      json: values.json ?? false,
      batch: values.batch ?? false,
      explain: values.explain ?? false,
      after: values.after ?? [],
      pack: values.pack,
      question: positionals.join(' '),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function toJson(reply: RoutedReply, explanation?: Explanation): string {
  const { question, answered, answer, confidence, citations, figures, suggestions } = reply;
  return JSON.stringify({
    question,
    answered,
    answer,
    confidence,
    citations,
    figures,
    suggestions,
    entry: reply.entryId,
    reason: reply.reason,
    pack: reply.pack,
    also_in: reply.alsoIn.map(({ pack, entryId, title }) => ({ pack, entry: entryId, title })),
    ...(explanation && { explain: explanation }),
  });
}

/** Why the briefing that replied gave its reply (its engine's own explanation of the question as read). */
function explainReply(catalogue: Catalogue, reply: RoutedReply, question: string): Explanation | undefined {
  const briefing = (reply.pack && catalogue.get(reply.pack)) || catalogue.briefings[0];
  return briefing?.engine().explain(question).explanation;
}

function thresholdFromEnv(): number {
  const parsed = ConfigSchema.shape.ANSWER_THRESHOLD.safeParse(process.env.ANSWER_THRESHOLD);
  if (parsed.success) return parsed.data;
  console.error(`ANSWER_THRESHOLD ${parsed.error.issues[0]?.message}, got "${process.env.ANSWER_THRESHOLD}"`);
  process.exit(2);
}

async function runBatch(catalogue: Catalogue, options: RouteOptions, explain: boolean): Promise<void> {
  // The whole batch is read first: what most of it is about decides how its first lines are answered (batch-lines.ts).
  const questions: string[] = [];
  for await (const line of readLines(process.stdin)) questions.push(line);
  answerBatch(catalogue, questions, options).forEach((reply, i) => {
    process.stdout.write(`${toJson(reply, explain ? explainReply(catalogue, reply, questions[i]) : undefined)}\n`);
  });
}

/** The reply to a greeting, a request for help or a thank-you, as the bot gives it in Slack; undefined for a question. */
function smallTalkReply(catalogue: Catalogue, text: string): string | undefined {
  const talk = smallTalkOf(() => catalogue, text);
  if (!talk) return undefined;
  if (talk.kind === 'thanks') return MESSAGES.welcome;
  const examples = talk.examples.map((example) => `- ${example}`);
  return [`I answer questions about ${talk.served}, with sources.`, 'Try asking:', ...examples].join('\n');
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  const threshold = thresholdFromEnv();
  const location = {
    knowledgeDir: process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR,
    packDir: process.env.PACK_DIR || undefined,
  };
  const folders = await packFoldersOf(location).catch(() => []);
  const { catalogue } = await loadKnowledge(folders, {
    threshold,
    cache: openPackReadCache(process.env.PACK_CACHE_DIR),
  });
  if (catalogue.briefings.length === 0) {
    console.error(describeNothingServed(location, catalogue.failed));
    return 1;
  }
  // The others still answer, as in the bot; the report says what to fix.
  for (const failed of catalogue.failed) console.error(`skipped ${failed.origin}: ${formatProblems(failed.problems)}`);
  if (args.pack !== undefined && !catalogue.get(args.pack)) {
    console.error(`no briefing "${args.pack}"; served: ${catalogue.briefings.map((b) => b.id).join(', ')}`);
    return 2;
  }
  const options = { only: args.pack };
  if (args.batch) {
    await runBatch(catalogue, options, args.explain);
    return 0;
  }
  // "hi", "help", "thanks!": what the bot says to them in Slack, not "I don't know" (a question's JSON stays a reply).
  const aside = args.json || args.after.length > 0 ? undefined : smallTalkReply(catalogue, args.question);
  if (aside) {
    console.log(aside);
    return 0;
  }
  // With --after, as the bot answers in a thread after those questions; without, exactly routeQuestion.
  const answered = answerThread((last) => routedAsker(catalogue, last, options), [...args.after, args.question]).at(-1);
  if (!answered) return 2;
  const { reply, standalone } = answered;
  // --explain explains the question as it was read (a follow-up spelled out).
  const explanation = args.explain ? explainReply(catalogue, reply, standalone) : undefined;
  if (args.json) console.log(toJson(reply, explanation));
  else {
    const readAs = standalone === args.question ? '' : `\nRead as: ${standalone}`;
    const text = `${renderText(reply, reply.briefing?.sources, reply.briefing ?? undefined)}\n\nConfidence: ${Math.round(reply.confidence * 100)}%${readAs}`;
    console.log(explanation ? `${text}\n\n${renderExplanationText(explanation)}` : text);
  }
  return 0;
}

process.exitCode = await main();
