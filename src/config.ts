import { z } from 'zod/v3';
import { DEFAULT_THRESHOLD } from './answer/defaults.js';
import { isTimeZone } from './digest/dates.js';
import { isCronPattern } from './digest/schedule.js';
import { DEFAULT_KNOWLEDGE_DIR } from './knowledge/default-pack.js';

// Every setting comes from the environment. parseConfig takes the env as a plain object (main passes process.env,
// tests pass their own) and reports every wrong variable at once, so a deploy is fixed in one round trip.

// dotenv turns `NAME=` into an empty string; an empty value means "not set" so defaults and "required" still apply.
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const required = (whatItIs: string) =>
  z.preprocess(
    blankAsUnset,
    z.string({ required_error: `is required (${whatItIs})`, invalid_type_error: 'must be text' }),
  );

const number = (fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number({ invalid_type_error: 'must be a number' }).default(fallback));

/** "U1, U2,,U3 " -> ["U1", "U2", "U3"]; blank means not set. */
function splitList(value: string): string[] | undefined {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length === 0 ? undefined : items;
}

/** An absolute URL with one of these protocols (with its colon, as URL reports it). */
function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export const ConfigSchema = z.object({
  SLACK_BOT_TOKEN: required('the bot token, xoxb-..., from OAuth & Permissions').pipe(
    z.string().regex(/^xoxb-\S+$/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions page)'),
  ),
  SLACK_SIGNING_SECRET: required('the signing secret from Basic Information > App Credentials').pipe(
    z.string().regex(/^\S+$/, 'must be the signing secret from Basic Information, without spaces'),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^xapp-\S+$/, 'must be an app-level token starting with "xapp-" (Basic Information > App-Level Tokens)')
      .optional(),
  ),
  PORT: number(3000).pipe(
    z.number().int('must be a whole number').min(0, 'must be 0-65535').max(65535, 'must be 0-65535'),
  ),
  SLACK_API_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .refine((url) => isUrl(url, ['http:', 'https:']), 'must be an http(s) URL such as https://slack.com/api/')
      .refine((url) => url.endsWith('/'), 'must end with "/" (the Web API client appends method names to it)')
      .optional(),
  ),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
  // Every pack folder in KNOWLEDGE_DIR is served; PACK_DIR, when set, pins one pack folder instead.
  KNOWLEDGE_DIR: z.preprocess(blankAsUnset, z.string().default(DEFAULT_KNOWLEDGE_DIR)),
  PACK_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  // Where a pack folder that passed validation is kept for the next start (unset: node_modules/.cache; off: nowhere).
  PACK_CACHE_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsUnset(value.trim().toLowerCase()) : value),
    z.enum(LOG_LEVELS, { errorMap: () => ({ message: `must be one of ${LOG_LEVELS.join(', ')}` }) }).default('info'),
  ),
  ANSWER_THRESHOLD: number(DEFAULT_THRESHOLD).pipe(
    z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  ),
  RATE_LIMIT_PER_MINUTE: number(10).pipe(z.number().int('must be a whole number').min(1, 'must be at least 1')),
  // No channel, no digest: the bot says so once at start.
  DIGEST_CHANNEL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[CDG][A-Z0-9]+$/, 'must be a channel id such as C0123456789 (channel details > About)')
      .optional(),
  ),
  DIGEST_CRON: z.preprocess(
    blankAsUnset,
    z
      .string()
      .default('0 9 * * 1-5')
      .refine(isCronPattern, 'must be a cron pattern such as "0 9 * * 1-5" (minute hour day month weekday)'),
  ),
  DIGEST_TZ: z.preprocess(
    blankAsUnset,
    z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as Europe/London or Asia/Singapore'),
  ),
  // Slack user ids allowed to add and remove briefings from Slack; unset means nobody can.
  CURATORS: z.preprocess(
    (value) => (typeof value === 'string' ? splitList(value) : value),
    z
      .array(z.string().regex(/^[UW][A-Z0-9]+$/, 'must be Slack user ids such as U0123456789, separated by commas'))
      .default([]),
  ),
  REDIS_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .refine((url) => isUrl(url, ['redis:', 'rediss:']), 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;
export type LogLevel = Config['LOG_LEVEL'];

export type ConfigProblem = { variable: string; message: string };

export type ConfigResult =
  | { ok: true; value: Config }
  | { ok: false; error: { code: 'invalid_config'; problems: ConfigProblem[] } };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    variable: String(issue.path[0] ?? '(environment)'),
    message: issue.message,
  }));
  return { ok: false, error: { code: 'invalid_config', problems } };
}

/** The one start-up message for a bad environment: every variable, what is wrong, where to look. */
export function formatConfigProblems(problems: ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.variable}: ${p.message}`);
  return [
    `Briefing Bot cannot start: ${problems.length} environment variable${problems.length === 1 ? ' is' : 's are'} missing or invalid.`,
    ...lines,
    'Set them in the environment or in .env (see .env.example).',
  ].join('\n');
}
