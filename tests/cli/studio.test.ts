import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm run studio` as a process: a clear refusal for an unsafe setting, and a line with the address when it starts.

const run = promisify(execFile);
const studioEnv = (env: Record<string, string>) => ({ ...process.env, STUDIO_TOKEN: '', STUDIO_HOST: '', ...env });

describe('npm run studio', () => {
  it('refuses to listen beyond this machine without STUDIO_TOKEN, naming it and exiting 1', async () => {
    const failed = await run('npx', ['tsx', 'src/cli/studio.ts'], { env: studioEnv({ STUDIO_HOST: '0.0.0.0' }) }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toBe(
      'The studio cannot start: 1 setting is missing or invalid.\n' +
        '  - STUDIO_TOKEN: is required to listen on 0.0.0.0, which other machines can reach: set STUDIO_TOKEN (at least 16 characters), or leave STUDIO_HOST at 127.0.0.1\n' +
        'Set them in the environment or in .env (see docs/studio.md).\n',
    );
  }, 60_000);

  it('prints its address, serves the briefings, and stops on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'studio-cli-'));
    const child = spawn('npx', ['tsx', 'src/cli/studio.ts'], {
      env: studioEnv({ STUDIO_PORT: '0', LOG_LEVEL: 'error', DATA_DIR: dataDir }),
      detached: true,
    });
    try {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      await expect.poll(() => out, { timeout: 30_000 }).toMatch(/^Briefing Bot studio: http:\/\/127\.0\.0\.1:\d+\/\n$/);
      const url = out.trim().split(' ').pop() ?? '';
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Chinese platforms look to Southeast Asia');
    } finally {
      // npx runs tsx runs node: signal the whole group this test started.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await once(child, 'exit');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
