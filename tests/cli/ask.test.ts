import { execFile, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExplanationSchema } from '../../src/answer/explanation.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { brokenPackCopy, copyPack, SHIPPED_PACK } from '../helpers/pack-copy.js';

const run = promisify(execFile);
const ask = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run('npx', ['tsx', 'src/cli/ask.ts', ...args], { env: { ...process.env, ...env } });

function askBatch(input: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/ask.ts', '--batch', ...args], { env: { ...process.env, ...env } });
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

  it('greets, helps and takes thanks as the bot does in Slack, never with "I don\'t know"', async () => {
    const [hi, thanks] = await Promise.all([ask(['hi']), ask(['thanks!'])]);
    expect(hi.stdout).toMatch(/^I answer questions about .+, with sources\.\nTry asking:\n- /);
    expect(thanks.stdout).toMatch(/^You're welcome!/);
    expect(`${hi.stdout}${thanks.stdout}`).not.toContain("I don't know");
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

  it('answers a follow-up as in a thread after the --after questions, saying how it read it', async () => {
    const { stdout } = await ask(['--after', 'who is Jian Xu?', 'where does he work?']);
    expect(stdout).toContain('Deakin University');
    expect(stdout).toContain('Read as: where does he (Jian Xu) work?');
    const chain = await ask([
      '--json',
      '--after',
      'what is tiktok shop?',
      '--after',
      'how big is it?',
      'and in SE Asia?',
    ]);
    expect(JSON.parse(chain.stdout)).toMatchObject({
      question: 'and in SE Asia?',
      answered: true,
      entry: 'tiktok-shop-sea-gmv',
    });
  });

  it('in --batch over several briefings, answers "tl;dr?" from the briefing the batch is about, even first', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ask-batch-'));
    await copyPack(SHIPPED_PACK, path.join(dir, 'china-platforms-sea'));
    await copyPack(
      path.join(FIXTURE_BRIEFINGS, 'indonesia-social-commerce'),
      path.join(dir, 'indonesia-social-commerce'),
    );
    const out = await askBatch("tl;dr?\nwhat do indonesia's new rules say about social commerce?\ntl;dr?\n", [], {
      KNOWLEDGE_DIR: dir,
    });
    const replies = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // One reply per line, in the order of the lines: the first waited for the second to say which briefing.
    expect(replies.map((r) => r.question)).toEqual([
      'tl;dr?',
      "what do indonesia's new rules say about social commerce?",
      'tl;dr?',
    ]);
    const [first, , third] = replies;
    expect(first).toMatchObject({ answered: true, pack: 'indonesia-social-commerce', entry: 'article-summary' });
    expect(third).toMatchObject({ answered: true, pack: 'indonesia-social-commerce', entry: 'article-summary' });
  });

  it('exits 2 for --after with --batch, which reads questions that stand alone', async () => {
    const error = await ask(['--batch', '--after', 'who is Jian Xu?']).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('--after goes with one follow-up question');
  });

  it('names the answering briefing in --json, and asks only one briefing with --pack', async () => {
    const env = { KNOWLEDGE_DIR: 'tests/fixtures/briefings' };
    const question = 'how many people in europe use temu every month';
    const all = JSON.parse((await ask(['--json', question], env)).stdout);
    expect(all).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny', entry: 'temu-eu-users' });
    const one = JSON.parse((await ask(['--json', '--pack', 'johor-data-centres', question], env)).stdout);
    expect(one).toMatchObject({ answered: false, pack: 'johor-data-centres' });
    const error = await ask(['--pack', 'nope', question], env).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('temu-eu-scrutiny');
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
    const dir = await brokenPackCopy({
      'figures.yaml': (t) => t.replace('value: "$64.3 billion"', 'value: "$64.8 billion"'),
    });
    const error = await ask(['temu'], { PACK_DIR: dir }).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('value "$64.8 billion" is not written in its quote');
  });

  it('explains the decision, the scores, the runners-up and the terms with --explain', async () => {
    const { stdout } = await ask(['--explain', 'How big is TikTok Shop in Southeast Asia?']);
    expect(stdout).toContain('45.6');
    expect(stdout).toMatch(/\nWhy: Answered with "tiktok-shop-sea-gmv": score \d\.\d\d, above the bar 0\.40/);
    expect(stdout).toMatch(/\nChosen: tiktok-shop-sea-gmv {2}\d\.\d{3} {2}passes every gate\n/);
    expect(stdout).toMatch(/\nRunners-up:\n {2}[a-z0-9-]+ {2}\d\.\d{3}/);
    expect(stdout).toMatch(/\n {2}@tiktok-shop "tiktok shop" {2}\d+\.\d\d {2}known {2}asking {2}in chosen\n/);
  });

  it('adds an explain object to the JSON with --json --explain, and to every line of --batch --explain', async () => {
    const { stdout } = await ask(['--json', '--explain', 'tiktok shop US gmv']);
    const reply = JSON.parse(stdout);
    expect(ExplanationSchema.safeParse(reply.explain).success).toBe(true);
    expect(reply.explain).toMatchObject({ decision: 'declined', deciding: 'gates' });
    expect(reply.explain.runnersUp[0].failed).toContain('missing_key');
    const lines = (await askBatch('temu market share\ntell me a joke\n', ['--explain'])).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).explain.deciding)).toEqual(['confident', 'chit_chat']);
  });
});
