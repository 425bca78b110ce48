import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, type Engine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import { ConfigSchema } from '../config.js';
import { DEFAULT_PACK_DIR } from '../knowledge/default-pack.js';
import { loadPack } from '../knowledge/load.js';
import { renderText } from '../render/text.js';
import { readLines } from './read-lines.js';

// `npm run ask -- "question"`: the same pipeline as Slack, printed. --json for one object, --batch for one
// JSON line per stdin line (how answer quality is evaluated). Exit 0 answered or not, 1 broken pack, 2 usage.

const USAGE = 'usage: npm run ask -- [--json] "question"   |   npm run ask -- --batch < questions.txt';

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return { help: true as const };
    if (values.batch && positionals.length > 0)
      return { error: '--batch reads questions from standard input, not arguments' };
    if (!values.batch && positionals.length === 0) return { error: 'no question given' };
    return { json: values.json ?? false, batch: values.batch ?? false, question: positionals.join(' ') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function toJson(reply: Reply): string {
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
  });
}

/** The same rule as the bot's config (default, 0 to 1), without requiring the Slack variables `ask` never uses. */
function thresholdFromEnv(): number {
  const parsed = ConfigSchema.shape.ANSWER_THRESHOLD.safeParse(process.env.ANSWER_THRESHOLD);
  if (parsed.success) return parsed.data;
  console.error(`ANSWER_THRESHOLD ${parsed.error.issues[0]?.message}, got "${process.env.ANSWER_THRESHOLD}"`);
  process.exit(2);
}

async function runBatch(engine: Engine): Promise<void> {
  for await (const line of readLines(process.stdin)) process.stdout.write(`${toJson(engine.answer(line))}\n`);
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
    await runBatch(engine);
    return 0;
  }
  const reply = engine.answer(args.question);
  if (args.json) console.log(toJson(reply));
  else
    console.log(
      `${renderText(reply, loaded.value.meta.sources)}\n\nConfidence: ${Math.round(reply.confidence * 100)}%`,
    );
  return 0;
}

process.exitCode = await main();
