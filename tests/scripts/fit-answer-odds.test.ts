import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODDS_FEATURES, type OddsWeights } from '../../src/answer/answer-odds.js';
import { ANSWER_ODDS as ANSWER_ODDS_SHIPPED } from '../../src/answer/answer-odds-weights.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';

// `npm run fit:odds` learns the odds of a right drafted answer from question sets and the pages they were written for.

const fitOdds = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/fit-answer-odds.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run fit:odds', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fit-odds-'));
    await mkdir(path.join(work, 'sets'));
    for (const set of ['cnn-A.yaml', 'msn-A.yaml'])
      await copyFile(path.join('tests/eval/articles', set), path.join(work, 'sets', set));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('fits a weight for every feature from the drafted answers of the sets it is given, and keeps the cut', async () => {
    const out = path.join(work, 'weights.ts');
    const run = fitOdds(['--pages', sharedArticlesDir(), '--sets', path.join(work, 'sets'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ answers, \d+ right: wrote /m);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^\/\/ Written by `npm run fit:odds`/);
    const { ANSWER_ODDS } = (await import(out)) as { ANSWER_ODDS: OddsWeights };
    expect(ANSWER_ODDS.cut).toBe(ANSWER_ODDS_SHIPPED.cut);
    for (const name of ODDS_FEATURES) {
      expect(Number.isFinite(ANSWER_ODDS.features[name].weight), name).toBe(true);
      expect(ANSWER_ODDS.features[name].scale, name).toBeGreaterThan(0);
    }
    // More of the question covered by the sentence means better odds, on any real data.
    expect(ANSWER_ODDS.features.coverage.weight).toBeGreaterThan(0);
  });

  it('prints its usage and writes nothing without pages', () => {
    const run = fitOdds([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('usage: npm run fit:odds -- --pages <dir>');
  });
});
