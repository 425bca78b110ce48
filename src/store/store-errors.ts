// Start-up failures of a store backend, as values with stable codes (see STYLE.md: typed results at boundaries).

export type StoreOpenError = { code: 'redis_unreachable'; message: string };

export type StoreOpenResult<T> = { ok: true; value: T } | { ok: false; error: StoreOpenError };

/** The URL as it may appear in a message or log: any password replaced, so the error can be shown as is. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a valid URL)';
  }
}

export const STORE_MESSAGES = {
  redisUnreachable: (url: string, reason: string) =>
    `Cannot connect to Redis at REDIS_URL=${describeRedisUrl(url)} (${reason}). Check that REDIS_URL is right and the ` +
    'server is running, or unset REDIS_URL to use the file store in DATA_DIR.',
} as const;
