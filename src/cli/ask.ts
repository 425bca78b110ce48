import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Catalogue } from '../briefings/catalogue.js';
import { describeNothingServed, loadKnowledge, packFoldersOf } from '../briefings/load-knowledge.js';
import { type RouteOptions, routeQuestion } from '../briefings/route-question.js';
import type { RoutedReply } from '../briefings/routed-reply.js';
import { ConfigSchema } from '../config.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/default-pack.js';
import { formatProblems } from '../knowledge/problems.js';
import { renderText } from '../render/text.js';

// `npm run ask -- "question"`: the same pipeline as Slack, printed, over the same briefings (every pack folder in
// KNOWLEDGE_DIR, or PACK_DIR alone). --json for one object, --batch for one JSON line per stdin line (how answer
// quality is evaluated), --pack <id> to ask one briefing only. Exit 0 answered or not, 1 no valid pack, 2 usage.

const USAGE =
  'usage: npm run ask -- [--json] [--pack <briefing id>] "question"   |   npm run ask -- --batch [--pack <id>] < questions.txt';

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        batch: { type: 'boolean' },
        pack: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: true as const };
    if (values.batch && positionals.length > 0)
      return { error: '--batch reads questions from standard input, not arguments' };
    if (!values.batch && positionals.length === 0) return { error: 'no question given' };
    return {
      json: values.json ?? false,
      batch: values.batch ?? false,
      pack: values.pack,
      question: positionals.join(' '),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function toJson(reply: RoutedReply): string {
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
  });
}

/** The same rule as the bot's config (default, 0 to 1), without requiring the Slack variables `ask` never uses. */
function thresholdFromEnv(): number {
  const parsed = ConfigSchema.shape.ANSWER_THRESHOLD.safeParse(process.env.ANSWER_THRESHOLD);
  if (parsed.success) return parsed.data;
  console.error(`ANSWER_THRESHOLD ${parsed.error.issues[0]?.message}, got "${process.env.ANSWER_THRESHOLD}"`);
  process.exit(2);
}

async function runBatch(catalogue: Catalogue, options: RouteOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) process.stdout.write(`${toJson(routeQuestion(catalogue, line, options))}\n`);
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
  const { catalogue } = await loadKnowledge(folders, { threshold });
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
    await runBatch(catalogue, options);
    return 0;
  }
  const reply = routeQuestion(catalogue, args.question, options);
  if (args.json) console.log(toJson(reply));
  else {
    const text = renderText(reply, reply.briefing?.sources, reply.briefing ?? undefined);
    console.log(`${text}\n\nConfidence: ${Math.round(reply.confidence * 100)}%`);
  }
  return 0;
}

process.exitCode = await main();
