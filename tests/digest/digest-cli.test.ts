import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDigestArgs } from '../../src/cli/digest.js';

// `npm run digest` as a real process: what a dry run prints, and how it refuses to post without credentials.

const ROOT = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'digest-cli-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn('npx', ['tsx', 'src/cli/digest.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: path.join(dataDir, 'no.env'), DATA_DIR: dataDir, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run digest --dry-run', () => {
  it('prints the message JSON for the chosen day without any Slack credentials', async () => {
    const { code, stdout } = await run(['--dry-run', '--date', '2024-07-08'], { DIGEST_CHANNEL: 'CDIGEST' });
    expect(code).toBe(0);
    const message = JSON.parse(stdout);
    expect(message).toMatchObject({
      channel: 'CDIGEST',
      day: '2024-07-08',
      text: expect.stringContaining('Daily briefing'),
    });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toContain('Monday 8 July 2024');
    expect(JSON.stringify(message.blocks)).toContain('Figure of the day');
    expect(JSON.stringify(message.blocks)).toContain('was quiet');
  }, 30_000);

  it('refuses to post for real without Slack credentials, naming what is missing', async () => {
    const { code, stderr } = await run(['--date', '2024-07-08'], { DIGEST_CHANNEL: 'CDIGEST' });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN');
  }, 30_000);

  it('rejects a date that is not YYYY-MM-DD with a usage message', async () => {
    const { code, stderr } = await run(['--dry-run', '--date', '8/7/2024']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run digest');
  }, 30_000);
});

describe('The digest command line', () => {
  it('reads --dry-run and --date given through npm without "--"', () => {
    expect(parseDigestArgs([], { npm_config_dry_run: 'true', npm_config_date: '2024-07-08' })).toEqual({
      dryRun: true,
      date: '2024-07-08',
    });
  });

  it('rejects days that do not exist', () => {
    expect(parseDigestArgs(['--date', '2024-02-30'], {})).toHaveProperty('error');
  });
});

describe('The digest command line, given flags npm kept for itself', () => {
  it('takes the day that followed a --date npm swallowed', () => {
    expect(parseDigestArgs(['2024-07-08'], { npm_config_date: 'true', npm_config_dry_run: 'true' })).toEqual({
      dryRun: true,
      date: '2024-07-08',
    });
    expect(parseDigestArgs(['2024-07-08'], {})).toHaveProperty('error');
  });
});
