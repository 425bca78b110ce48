import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { webApi } from '@slack/bolt';
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_THRESHOLD } from '../answer/defaults.js';
import { readAllBriefings } from '../briefings/read-all-briefings.js';
import { ConfigSchema, formatConfigProblems, parseConfig } from '../config.js';
import { buildDigest } from '../digest/build-digest.js';
import { dayInZone, isCalendarDate } from '../digest/dates.js';
import { postDigest } from '../digest/post-digest.js';
import { createLogger, redact } from '../log.js';
import { createStore } from '../store/create-store.js';
import { STORE_MESSAGES } from '../store/store-errors.js';

// `npm run digest [-- --dry-run] [-- --date YYYY-MM-DD]`: today's digest now, for Heroku Scheduler or cron. The same
// once-a-day slot as the in-process schedule, so running both (or twice) still posts once.
// --dry-run prints the message JSON and needs no Slack credentials; it claims nothing and advances nothing.
// Exit 0 posted, already posted or printed; 1 configuration, pack, store or Slack failure; 2 usage error.

export const DIGEST_USAGE = 'Usage: npm run digest [-- --dry-run] [-- --date YYYY-MM-DD]';

// What a dry run needs: no Slack tokens, so it works on a laptop with nothing but the pack.
const DryRunConfigSchema = ConfigSchema.pick({
  DATA_DIR: true,
  KNOWLEDGE_DIR: true,
  PACK_DIR: true,
  LOG_LEVEL: true,
  REDIS_URL: true,
  DIGEST_CHANNEL: true,
  DIGEST_TZ: true,
});

type DigestArgs = { dryRun: boolean; date: string | undefined };

/** Flags from argv; `npm run digest --dry-run` (without `--`) reaches us as npm_config_* variables, so read those too. */
export function parseDigestArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): DigestArgs | { error: string } | { help: true } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'dry-run': { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) return { help: true };
    // `npm run digest --date 2024-07-08` (no `--`): npm keeps --date as npm_config_date=true and passes the value on.
    const npmDate = env.npm_config_date === 'true' && positionals.length === 1 ? positionals[0] : undefined;
    if (positionals.length > 0 && npmDate === undefined) return { error: `unexpected argument "${positionals[0]}"` };
    const fromNpm = env.npm_config_date && env.npm_config_date !== 'true' ? env.npm_config_date : npmDate;
    const date = values.date ?? fromNpm;
    if (date !== undefined && !isCalendarDate(date))
      return { error: `--date must be a day as YYYY-MM-DD, got "${date}"` };
    return { dryRun: values['dry-run'] === true || env.npm_config_dry_run === 'true', date };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const args = parseDigestArgs(process.argv.slice(2), process.env);
  if ('help' in args) {
    process.stdout.write(`${DIGEST_USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${DIGEST_USAGE}\n`);
    return 2;
  }

  const parsed = args.dryRun ? DryRunConfigSchema.safeParse(process.env) : undefined;
  const full = args.dryRun ? undefined : parseConfig(process.env);
  if (parsed && !parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message }));
    process.stderr.write(`${formatConfigProblems(problems)}\n`);
    return 1;
  }
  if (full && !full.ok) {
    process.stderr.write(`${formatConfigProblems(full.error.problems)}\n`);
    return 1;
  }
  const config = full?.ok ? full.value : parsed?.success ? parsed.data : undefined;
  if (!config) return 1;
  if (!args.dryRun && !config.DIGEST_CHANNEL) {
    process.stderr.write('Nothing to post: DIGEST_CHANNEL is not set (the channel id the digest goes to).\n');
    return 1;
  }

  // Logs go to stderr so a dry run's stdout is only the message JSON.
  const logger = createLogger({ level: config.LOG_LEVEL, write: (line) => process.stderr.write(`${line}\n`) });
  // Every briefing the bot serves: the pack folders, and with REDIS_URL those added from Slack.
  let read: Awaited<ReturnType<typeof readAllBriefings>>;
  try {
    read = await readAllBriefings({
      location: { knowledgeDir: config.KNOWLEDGE_DIR, packDir: config.PACK_DIR },
      redisUrl: config.REDIS_URL,
      threshold: DEFAULT_THRESHOLD,
      logger,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${STORE_MESSAGES.redisUnreachable(config.REDIS_URL ?? '', reason)}\n`);
    return 1;
  }
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const packs = read.value.briefings.map((briefing) => briefing.pack);
  const opened = await createStore({
    redisUrl: config.REDIS_URL,
    dataDir: config.DATA_DIR,
    logger: logger.child({ component: 'store' }),
  });
  if (!opened.ok) {
    process.stderr.write(`${opened.error.message}\n`);
    return 1;
  }
  const store = opened.value;
  const day = args.date ?? dayInZone(new Date(), config.DIGEST_TZ);
  try {
    const source = { store, packs, timeZone: config.DIGEST_TZ };
    if (args.dryRun) {
      const { message } = await buildDigest(source, day);
      process.stdout.write(`${JSON.stringify({ channel: config.DIGEST_CHANNEL ?? null, day, ...message }, null, 2)}\n`);
      return 0;
    }
    const slack = full?.ok ? full.value : undefined;
    const client = new webApi.WebClient(slack?.SLACK_BOT_TOKEN, {
      slackApiUrl: slack?.SLACK_API_URL,
      retryConfig: { retries: 2 },
    });
    const channel = config.DIGEST_CHANNEL ?? '';
    const result = await postDigest({ ...source, client, channel, day, logger });
    process.stdout.write(
      result.status === 'posted'
        ? `Posted the digest for ${day} to ${channel}.\n`
        : `The digest for ${day} was already posted to ${channel}; nothing to do.\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `Could not post the digest: ${String(redact(error instanceof Error ? error.message : error))}\n`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

// Run only as a script, so tests can import parseDigestArgs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `npm run digest failed: ${String(redact(error instanceof Error ? error.message : error))}\n`,
      );
      process.exit(1);
    },
  );
}
