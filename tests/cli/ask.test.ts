import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { brokenPackCopy } from '../helpers/pack-copy.js';

const run = promisify(execFile);
const ask = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run('npx', ['tsx', 'src/cli/ask.ts', ...args], { env: { ...process.env, ...env } });

function askBatch(input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/ask.ts', '--batch']);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    child.stdin.end(input);
  });
}

describe('npm run ask', () => {
  it('prints the answer, the figures with attribution, the citations and the confidence', async () => {
    const { stdout } = await ask(['How big is TikTok Shop in Southeast Asia?']);
    expect(stdout).toContain('45.6');
    expect(stdout).toMatch(/Momentum Works/);
    expect(stdout).toMatch(/paragraph 14/);
    expect(stdout).toMatch(/Confidence: \d+%/);
  });

  it('prints one JSON object with the documented fields for --json', async () => {
    const { stdout } = await ask(['--json', 'temu market share']);
    const reply = JSON.parse(stdout);
    expect(Object.keys(reply)).toEqual(
      expect.arrayContaining(['question', 'answered', 'answer', 'confidence', 'citations', 'figures', 'suggestions']),
    );
    expect(reply.citations[0]).toEqual({ source: 'article', paragraph: expect.any(Number), quote: expect.any(String) });
  });

  it('answers one JSON line per input line in --batch, empty lines included', async () => {
    const lines = (await askBatch('temu market share\n\nwhat is shopee gmv\n')).trim().split('\n');
    expect(lines).toHaveLength(3);
    const replies = lines.map((l) => JSON.parse(l));
    expect(replies.map((r) => r.question)).toEqual(['temu market share', '', 'what is shopee gmv']);
    expect(replies.map((r) => r.answered)).toEqual([true, false, false]);
  });

  it('answers once per \\n-terminated line in --batch, whatever the line holds (a lone \\r, a \\r\\n ending)', async () => {
    const input =
      'what is\rRedNote?\nhow big\r\ris\r TikTok Shop?\r\ntemu\u2028market share\nlast line without a newline';
    const lines = (await askBatch(input)).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l).question)).toEqual([
      'what is\rRedNote?',
      'how big\r\ris\r TikTok Shop?',
      'temu\u2028market share',
      'last line without a newline',
    ]);
  });

  it('exits 2 with a usage line when no question is given', async () => {
    const error = await ask([]).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/usage: npm run ask/);
  });

  it('exits 0 with a polite reply for a 20,000-character question', async () => {
    const { stdout } = await ask(['--json', 'x'.repeat(20_000)]);
    expect(JSON.parse(stdout)).toMatchObject({ answered: false });
  });

  it('exits 1 with the validation report for a broken pack', async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('value: 64.3', 'value: 64.8') });
    const error = await ask(['temu'], { PACK_DIR: dir }).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('value 64.8 does not appear');
  });
});
