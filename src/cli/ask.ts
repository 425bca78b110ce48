import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createEngine, type Engine } from '../answer/engine.js';
import type { Explanation } from '../answer/explanation.js';
import type { Reply } from '../answer/reply.js';
import { ConfigSchema } from '../config.js';
import { answerThread } from '../conversation/answer-follow-up.js';
import { DEFAULT_PACK_DIR } from '../knowledge/default-pack.js';
import { loadPack } from '../knowledge/load.js';
import { renderExplanationText } from '../render/explanation-text.js';
import { renderText } from '../render/text.js';

// `npm run ask -- "question"`: the same pipeline as Slack, printed. --json for one object, --batch for one
// JSON line per stdin line (how answer quality is evaluated), --explain for why the engine answered as it did,
// --after "earlier question" (repeatable) to ask a follow-up as in a thread after those. Exit 0 answered or not,
// 1 broken pack, 2 usage.

const USAGE =
  'usage: npm run ask -- [--json] [--explain] [--after "earlier question" ...] "question"   |   npm run ask -- --batch [--explain] < questions.txt';

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
      question: positionals.join(' '),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function toJson(reply: Reply, explanation?: Explanation): string {
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
    ...(explanation && { explain: explanation }),
  });
}

/** The reply, and with --explain why the engine gave it. */
function ask(engine: Engine, question: string, explain: boolean): { reply: Reply; explanation?: Explanation } {
  return explain ? engine.explain(question) : { reply: engine.answer(question) };
}

/** The same rule as the bot's config (default, 0 to 1), without requiring the Slack variables `ask` never uses. */
function thresholdFromEnv(): number {
  const parsed = ConfigSchema.shape.ANSWER_THRESHOLD.safeParse(process.env.ANSWER_THRESHOLD);
  if (parsed.success) return parsed.data;
  console.error(`ANSWER_THRESHOLD ${parsed.error.issues[0]?.message}, got "${process.env.ANSWER_THRESHOLD}"`);
  process.exit(2);
}

async function runBatch(engine: Engine, explain: boolean): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const { reply, explanation } = ask(engine, line, explain);
    process.stdout.write(`${toJson(reply, explanation)}\n`);
  }
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
  const loaded = await loadPack(path.resolve(process.env.PACK_DIR ?? DEFAULT_PACK_DIR));
  if (!loaded.ok) {
    console.error(loaded.report);
    return 1;
  }
  const engine = createEngine(loaded.value, { threshold });
  if (args.batch) {
    await runBatch(engine, args.explain);
    return 0;
  }
  // With --after, as the bot answers in a thread after those questions; without, exactly engine.answer.
  const answered = answerThread(engine, [...args.after, args.question]).at(-1);
  if (!answered) return 2;
  const { reply, standalone } = answered;
  // --explain explains the question as it was read (a follow-up spelled out).
  const explanation = args.explain ? engine.explain(standalone).explanation : undefined;
  if (args.json) console.log(toJson(reply, explanation));
  else {
    const readAs = standalone === args.question ? '' : `\nRead as: ${standalone}`;
    const text = `${renderText(reply, loaded.value.meta.sources)}\n\nConfidence: ${Math.round(reply.confidence * 100)}%${readAs}`;
    console.log(explanation ? `${text}\n\n${renderExplanationText(explanation)}` : text);
  }
  return 0;
}

process.exitCode = await main();
