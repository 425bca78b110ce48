import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedArticlesDir } from '../ingest/shared-articles.js';

// `npm run eval -- --replies <file>` keeps every reply, one JSON line per question, so two versions of the code can be
// compared reply by reply rather than by their totals alone.

describe('npm run eval -- --replies', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'eval-replies-'));
    await mkdir(path.join(work, 'sets'));
    await copyFile('tests/eval/articles/msn-A.yaml', path.join(work, 'sets', 'msn-A.yaml'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('writes each question of each set with its outcome and the answer given, matching the totals printed', async () => {
    const out = path.join(work, 'replies.jsonl');
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'bench/eval-articles.ts',
        '--pages',
        sharedArticlesDir(),
        '--sets',
        path.join(work, 'sets'),
        '--replies',
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(40);
    for (const line of lines) {
      expect(line).toMatchObject({ article: 'msn', set: 'A', pack: 'drafted' });
      expect(['right', 'wrong', 'missed', 'declined', 'answered_oos']).toContain(line.outcome);
      expect(typeof line.answer).toBe('string');
    }
    const right = lines.filter((l) => l.outcome === 'right').length;
    const printed = /msn-A \(drafted\)\s+right\s+(\d+)%/.exec(run.stdout)?.[1];
    expect(Math.round((100 * right) / 25)).toBe(Number(printed));
  });
});
