import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { mentionEvent } from './payloads.js';
import { signedJson } from './sign.js';

// `npm start` as a real process: configuration errors, and shutdown on SIGTERM.

const ROOT = path.resolve(import.meta.dirname, '../..');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'briefing-start-'));
});
afterAll(async () => rm(scratch, { recursive: true, force: true }));

type Exit = { code: number | null; stdout: string; stderr: string };

function run(
  env: Record<string, string>,
  command: string[] = ['npx', 'tsx', 'src/main.ts'],
): { child: ChildProcess; exited: Promise<Exit>; output: () => string } {
  // DOTENV_PATH points at a file that does not exist, so a developer's own .env cannot leak into the test.
  const [program = 'npx', ...args] = command;
  const child = spawn(program, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DOTENV_PATH: path.join(scratch, 'no.env'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, exited, output: () => stdout + stderr };
}

describe('When required variables are missing', () => {
  it('stops with exit code 1 and one message naming each missing variable, without a stack trace', async () => {
    const { code, stderr, stdout } = await run({}).exited;
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: is required');
    expect(stderr).toContain('SLACK_SIGNING_SECRET: is required');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  }, 30_000);

  it('names every malformed variable in the same message', async () => {
    const { code, stderr } = await run({
      SLACK_BOT_TOKEN: 'not-a-token',
      SLACK_SIGNING_SECRET: 'secret',
      PORT: 'eighty',
      ANSWER_THRESHOLD: '1.5',
      SLACK_API_URL: 'http://127.0.0.1:1/api',
    }).exited;
    expect(code).toBe(1);
    for (const name of ['SLACK_BOT_TOKEN', 'PORT', 'ANSWER_THRESHOLD', 'SLACK_API_URL'])
      expect(stderr).toContain(`${name}:`);
    expect(stderr).not.toContain('SLACK_SIGNING_SECRET:');
  }, 30_000);
});

describe('When the platform sends SIGTERM', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(async () => slack.close());

  it('finishes the answer in flight and exits 0', async () => {
    const secret = 'sigterm-secret';
    const bot = run(
      {
        SLACK_BOT_TOKEN: 'xoxb-sigterm',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATA_DIR: path.join(scratch, 'data'),
      },
      // tsx directly: npx does not pass SIGTERM on to its child, and the test is about the app's own handling.
      [path.join(ROOT, 'node_modules/.bin/tsx'), 'src/main.ts'],
    );
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line: ${bot.output()}`)), 20_000);
      bot.child.stdout?.on('data', () => {
        const match = bot.output().match(/"msg":"Briefing Bot is running"[^\n]*"port":(\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    // Slack takes a second to accept the answer, so SIGTERM arrives while it is still being posted.
    slack.delay('chat.postMessage', 1000);
    const request = signedJson(secret, mentionEvent('What is RedNote?'));
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', ...request });
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage');
    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    const exitedAt = performance.now();
    expect(code).toBe(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.answeredAt('chat.postMessage')).toBeLessThan(exitedAt);
    expect(bot.output()).toContain('Briefing Bot stopped');
  }, 30_000);
});
