import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';
import { asRouted, FIXTURE_BRIEFINGS, type RoutedScore, readFixtureQuestions, scoreRouted } from './score-briefings.js';
import { readEvalSet } from './score-eval.js';

// Serving more briefings must not change what the first one answers: its eval questions, asked of it alone and of it
// served with three fixture briefings that share its names (Temu, Shein, TikTok Shop, Tokopedia, ByteDance, Malaysia,
// Singapore, Indonesia), get the same right answers, wrong answers and declines, but for a question or two. The fixtures' own questions check
// that each briefing's questions reach that briefing.

const FIXTURES = ['temu-eu-scrutiny', 'johor-data-centres', 'indonesia-social-commerce'].map((id) =>
  path.join(FIXTURE_BRIEFINGS, id),
);
const describeScore = (label: string, s: RoutedScore) =>
  `${label}: in-scope ${s.correct}/${s.inScope} right, ${s.wrong} wrong, ${s.askedBack} asked back; out-of-scope declined ${s.declined}/${s.outOfScope}`;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function catalogueOf(folders: string[]) {
  const { catalogue } = await loadKnowledge(folders, { threshold: DEFAULT_THRESHOLD });
  if (catalogue.failed.length > 0) throw new Error(JSON.stringify(catalogue.failed));
  return catalogue;
}

describe('the first briefing served together with others', () => {
  let alone: RoutedScore;
  let together: RoutedScore;
  let fixturesAlone: RoutedScore;
  let fixturesTogether: RoutedScore;

  beforeAll(async () => {
    const firstQuestions = asRouted(await readEvalSet(), 'china-platforms-sea');
    const fixtureQuestions = await readFixtureQuestions();
    const all = await catalogueOf([SHIPPED_PACK, ...FIXTURES]);
    alone = scoreRouted(await catalogueOf([SHIPPED_PACK]), firstQuestions);
    together = scoreRouted(all, firstQuestions);
    // Each fixture's questions asked of that fixture alone, summed, against all of them asked of all four together.
    const perFixture = await Promise.all(
      FIXTURES.map(async (folder) => {
        const id = path.basename(folder);
        const own = fixtureQuestions.inScope.filter((q) => q.expect[0].startsWith(`${id}/`));
        return scoreRouted(await catalogueOf([folder]), { inScope: own, outOfScope: [] });
      }),
    );
    fixturesAlone = {
      inScope: sum(perFixture.map((s) => s.inScope)),
      correct: sum(perFixture.map((s) => s.correct)),
      wrong: sum(perFixture.map((s) => s.wrong)),
      askedBack: 0,
      outOfScope: 0,
      declined: 0,
      misses: perFixture.flatMap((s) => s.misses),
    };
    fixturesTogether = scoreRouted(all, fixtureQuestions);
    // The first briefing's own misses are printed by eval.test.ts; here only what serving others changed.
    const changed = (a: RoutedScore, b: RoutedScore) =>
      b.misses.filter((miss) => !a.misses.some((m) => m.q === miss.q && m.got === miss.got));
    console.log(describeScore('first briefing alone', alone));
    console.log(describeScore('first briefing among 4', together));
    for (const miss of changed(alone, together)) console.log(`  changed: ${JSON.stringify(miss)}`);
    console.log(describeScore('fixture briefings each alone', fixturesAlone));
    console.log(describeScore('fixture briefings among 4', fixturesTogether));
    for (const miss of fixturesTogether.misses) console.log(`  miss: ${JSON.stringify(miss)}`);
  });

  it("answers the first briefing's in-scope questions as well as it does alone, within a question or two", () => {
    // "tl;dr?" and its kind fit every briefing: those ask back which one, offering the right answer. A lone "tiktok"
    // is the first briefing's only "maybe" (hedged), which does not count where another briefing knows the word as
    // well; that briefing's own answer is given instead.
    expect(together.correct + together.askedBack).toBeGreaterThanOrEqual(alone.correct - 1);
    expect(together.askedBack).toBeLessThanOrEqual(3);
    expect(together.wrong).toBeLessThanOrEqual(alone.wrong + 1);
  });

  it("declines as many of the first briefing's out-of-scope questions as it does alone", () => {
    expect(together.declined).toBe(alone.declined);
  });

  it("answers each fixture briefing's questions from that briefing as well as it does alone", () => {
    expect(fixturesTogether.correct).toBeGreaterThanOrEqual(fixturesAlone.correct);
  });

  it('declines most questions none of the briefings covers', () => {
    expect(fixturesTogether.declined / fixturesTogether.outOfScope).toBeGreaterThanOrEqual(0.75);
  });
});
