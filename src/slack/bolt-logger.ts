import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../log.js';

// Bolt logs through its own Logger interface; this routes those lines into our JSON-lines logger so one format
// (and one redaction pass) covers everything the process prints.

const TO_BOLT: Record<Logger['level'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export type BoltLoggerOptions = {
  /** Warnings that are only detail here (something else already reported the condition): logged at debug. */
  detail?: RegExp;
};

export function toBoltLogger(logger: Logger, { detail }: BoltLoggerOptions = {}): BoltLogger {
  let name = 'bolt';
  let level = TO_BOLT[logger.level];
  const emit = (method: Logger['level'], parts: unknown[]) => {
    const message = parts.map((part) => (typeof part === 'string' ? part : safeStringify(part))).join(' ');
    const demoted = method === 'warn' && detail?.test(message);
    logger[demoted ? 'debug' : method](message, { component: name });
  };
  return {
    debug: (...parts) => emit('debug', parts),
    info: (...parts) => emit('info', parts),
    warn: (...parts) => emit('warn', parts),
    error: (...parts) => emit('error', parts),
    // Our logger's level (LOG_LEVEL) decides what is printed; Bolt's own level is only reported back to it.
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

function safeStringify(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
