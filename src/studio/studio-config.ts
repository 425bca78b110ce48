import { z } from 'zod/v3';
import { type ConfigProblem, ConfigSchema } from '../config.js';
import { isLoopbackHost } from './request-guard.js';

// The studio's settings: its own three (STUDIO_PORT, STUDIO_HOST, STUDIO_TOKEN) and the bot's knowledge and store
// settings, read with the bot's own rules so both read the same packs and the same store. No Slack variable is needed.

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const DEFAULT_STUDIO_PORT = 4100;
export const DEFAULT_STUDIO_HOST = '127.0.0.1';
const MIN_TOKEN_LENGTH = 16;

export const StudioConfigSchema = z
  .object({
    STUDIO_PORT: z
      .preprocess(
        blankAsUnset,
        z.coerce.number({ invalid_type_error: 'must be a number' }).default(DEFAULT_STUDIO_PORT),
      )
      .pipe(z.number().int('must be a whole number').min(0, 'must be 0-65535').max(65535, 'must be 0-65535')),
    STUDIO_HOST: z.preprocess(blankAsUnset, z.string().default(DEFAULT_STUDIO_HOST)),
    STUDIO_TOKEN: z.preprocess(
      blankAsUnset,
      z
        .string()
        .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 24)`)
        .regex(/^\S+$/, 'must not contain spaces')
        .optional(),
    ),
    // Every pack folder in KNOWLEDGE_DIR; PACK_DIR, when set, pins one folder (as the bot reads them).
    KNOWLEDGE_DIR: ConfigSchema.shape.KNOWLEDGE_DIR,
    PACK_DIR: ConfigSchema.shape.PACK_DIR,
    PACK_CACHE_DIR: ConfigSchema.shape.PACK_CACHE_DIR,
    DATA_DIR: ConfigSchema.shape.DATA_DIR,
    REDIS_URL: ConfigSchema.shape.REDIS_URL,
    ANSWER_THRESHOLD: ConfigSchema.shape.ANSWER_THRESHOLD,
    LOG_LEVEL: ConfigSchema.shape.LOG_LEVEL,
  })
  .superRefine((config, ctx) => {
    if (!config.STUDIO_TOKEN && !isLoopbackHost(config.STUDIO_HOST))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['STUDIO_TOKEN'],
        message: `is required to listen on ${config.STUDIO_HOST}, which other machines can reach: set STUDIO_TOKEN (at least ${MIN_TOKEN_LENGTH} characters), or leave STUDIO_HOST at ${DEFAULT_STUDIO_HOST}`,
      });
  });

export type StudioConfig = z.infer<typeof StudioConfigSchema>;

export type StudioConfigResult =
  | { ok: true; value: StudioConfig }
  | { ok: false; error: { code: 'invalid_config'; problems: ConfigProblem[] } };

export function parseStudioConfig(env: Record<string, string | undefined>): StudioConfigResult {
  const parsed = StudioConfigSchema.safeParse(env);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    variable: String(issue.path[0] ?? '(environment)'),
    message: issue.message,
  }));
  return { ok: false, error: { code: 'invalid_config', problems } };
}

export function formatStudioConfigProblems(problems: ConfigProblem[]): string {
  return [
    `The studio cannot start: ${problems.length} setting${problems.length === 1 ? ' is' : 's are'} missing or invalid.`,
    ...problems.map((p) => `  - ${p.variable}: ${p.message}`),
    'Set them in the environment or in .env (see docs/studio.md).',
  ].join('\n');
}
