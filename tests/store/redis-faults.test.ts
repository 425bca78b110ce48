import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createStore } from '../../src/store/create-store.js';
import { openRedisStore } from '../../src/store/redis-store.js';
import type { Store } from '../../src/store/store.js';
import { freePort, type RedisProcess, startRedisProcess } from './redis-process.js';
import { describeWithRedis } from './redis-test-url.js';

const quietLogger = (lines: string[] = []) => createLogger({ level: 'debug', write: (line) => lines.push(line) });

describe('When Redis is unreachable at start', () => {
  it('reports a clear error naming REDIS_URL, without the password', async () => {
    const port = await freePort();
    const opened = await openRedisStore({
      url: `redis://:hunter2@127.0.0.1:${port}`,
      logger: quietLogger(),
      connectTimeoutMs: 1000,
    });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('redis_unreachable');
    expect(opened.error.message).toContain('REDIS_URL=redis://:***@127.0.0.1');
    expect(opened.error.message).not.toContain('hunter2');
  });

  it('does not fall back to the file store silently', async () => {
    const port = await freePort();
    const opened = await createStore({
      redisUrl: `redis://127.0.0.1:${port}`,
      dataDir: '/nonexistent',
      logger: quietLogger(),
    });
    expect(opened.ok).toBe(false);
  });
});

describeWithRedis('When Redis goes away while the bot runs', () => {
  let redis: RedisProcess | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    await redis?.stop();
  });

  it('keeps answering without recording, logs the outage once, and records again once Redis is back', async () => {
    redis = await startRedisProcess(await freePort());
    const lines: string[] = [];
    const opened = await createStore({ redisUrl: redis.url, dataDir: '/nonexistent', logger: quietLogger(lines) });
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
    const record = (at: string) => ({ at, answered: true, entryId: 'e1', tags: [] });
    await store.recordActivity(record('2024-07-08T09:00:00Z'));

    await redis.stop();
    // Everything the answer path calls still resolves, with values that let the answer go out.
    await expect(store.claimOnce('event:Ev-down', 60)).resolves.toBe(true);
    await expect(store.takeRateToken('rate:U1', 1, 60_000, Date.now())).resolves.toBe(true);
    await expect(store.recordActivity(record('2024-07-08T09:01:00Z'))).resolves.toBeUndefined();
    await expect(store.recordUnanswered({ question: 'q', at: 'now', via: 'dm' })).resolves.toBeUndefined();
    await expect(
      store.recordFeedback({ answerKey: 'C:1', userId: 'U1', vote: 'up', entryId: null, at: 'now' }),
    ).resolves.toBe('recorded');
    expect(lines.filter((line) => line.includes('answering without recording')).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((line) => line.includes('the store is unavailable')).length).toBe(1);
    // The digest's reads do not pretend: they fail, so no "quiet day" is invented.
    await expect(store.listActivity()).rejects.toThrow();

    await redis.start();
    const deadline = Date.now() + 10_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      await store.recordActivity(record('2024-07-08T09:02:00Z'));
      recovered = (await store.listActivity().catch(() => [])).length > 0;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(true);
    expect(await store.claimOnce('event:Ev-up', 60)).toBe(true);
    expect(await store.claimOnce('event:Ev-up', 60)).toBe(false);
    expect(lines.some((line) => line.includes('recording resumed'))).toBe(true);
  }, 30_000);
});

describe('When `npm start` cannot reach REDIS_URL', () => {
  it('exits 1 with one message naming REDIS_URL and no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const port = await freePort();
    const child = spawn('npx', ['tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-redis-fault',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: 'http://127.0.0.1:1/api/',
        PORT: '0',
        REDIS_URL: `redis://127.0.0.1:${port}`,
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`REDIS_URL=redis://127.0.0.1:${port}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
