import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { type RunningBot, type StartOptions, startBot } from '../../src/start-bot.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import type { SignedRequest } from './sign.js';

// Boots the real app (same startBot as main.ts, real pack, real engine, file store in a temp DATA_DIR) on
// 127.0.0.1 with a random port, against the fake Slack Web API.

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-e2e-0000-secret-token';

export type Harness = {
  slack: FakeSlack;
  bot: RunningBot;
  baseUrl: string;
  dataDir: string;
  logLines: string[];
  /** POSTs a signed request to /slack/events; returns status, body text and elapsed milliseconds. */
  send(request: SignedRequest): Promise<{ status: number; text: string; ms: number }>;
  close(): Promise<void>;
};

export async function startHarness(
  env: Record<string, string> = {},
  options: Pick<
    StartOptions,
    'renderChart' | 'nowMs' | 'retryConfig' | 'slackTimeoutMs' | 'pending' | 'redisKeyPrefix'
  > = {},
): Promise<Harness> {
  const slack = await startFakeSlack();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'briefing-e2e-'));
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    // Every test asks as the same user; the rate-limit test sets its own low limit.
    RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error.problems)}`);
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  const started = await startBot(parsed.value, logger, {
    host: '127.0.0.1',
    retryConfig: { retries: 0 },
    ...options,
  });
  if (!started.ok) throw new Error(started.error.message);
  const bot = started.value;
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  return {
    slack,
    bot,
    baseUrl,
    dataDir,
    logLines,
    send: async (request) => {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/slack/events`, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      const text = await response.text();
      return { status: response.status, text, ms: performance.now() - started };
    },
    close: async () => {
      await bot.stop(2000);
      await slack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
