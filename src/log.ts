import type { LogLevel } from './config.js';

// Structured logs: one JSON object per line on stdout/stderr, so a platform log drain can parse them.
// Secrets never reach a log line: token-shaped strings are masked wherever they appear, and fields whose
// name says "token", "secret" or "authorization" are masked whole.

export type LogFields = Record<string, unknown>;

export type Logger = {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (e.g. { component: 'store' }). */
  child(fields: LogFields): Logger;
  level: LogLevel;
};

export type LoggerOptions = {
  level: LogLevel;
  /** Where lines go; defaults to stdout (stderr for warn and error). Tests pass a collector. */
  write?: (line: string, level: LogLevel) => void;
  now?: () => Date;
};

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
// xoxb- / xoxp- / xoxa- / xoxr- / xoxe- (bot, user, app, refresh, export) and xapp- (app-level) tokens.
const TOKEN_PATTERN = /\bx(?:ox[abeoprs]|app)-[A-Za-z0-9-]+/g;
const SECRET_KEY = /token|secret|authorization|password/i;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(TOKEN_PATTERN, '[redacted]');
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redact(value.message),
      stack: redact(value.stack),
      code: redact((value as { code?: unknown }).code),
    };
  }
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(inner, depth + 1);
  }
  return out;
}

export function createLogger(options: LoggerOptions, bound: LogFields = {}): Logger {
  const write = options.write ?? defaultWrite;
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, message: string, fields?: LogFields) => {
    if (RANK[level] < RANK[options.level]) return;
    const line = { time: now().toISOString(), level, msg: message, ...bound, ...fields };
    write(JSON.stringify(redact(line)), level);
  };
  return {
    level: options.level,
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

function defaultWrite(line: string, level: LogLevel): void {
  (RANK[level] >= RANK.warn ? process.stderr : process.stdout).write(`${line}\n`);
}
