import { describe, it } from 'vitest';

// Tests that need a real Redis read REDIS_TEST_URL (.ci/run starts redis-server and sets it). In CI a missing URL
// is a failure, never a silent skip; on a laptop without Redis the suite is skipped with a message saying so.

export const REDIS_TEST_URL = process.env.REDIS_TEST_URL;

export function describeWithRedis(title: string, body: (url: string) => void): void {
  if (REDIS_TEST_URL) {
    describe(title, () => body(REDIS_TEST_URL));
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('has a Redis to test against (REDIS_TEST_URL)', () => {
        throw new Error('REDIS_TEST_URL is not set: CI must start redis-server and export it (see .ci/run)');
      });
    });
    return;
  }
  console.warn(`[skipped] ${title}: set REDIS_TEST_URL (e.g. redis://127.0.0.1:6390) to run the Redis tests`);
  describe.skip(title, () => body('redis://unset'));
}

/** A key prefix no other test run uses, so tests share one Redis without seeing each other's keys. */
export function freshKeyPrefix(label: string): string {
  return `test:${label}:${process.pid}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}:`;
}
