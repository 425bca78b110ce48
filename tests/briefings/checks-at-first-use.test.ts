import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { checksPhrasingsAtStart, loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { warmUp } from '../../src/briefings/warm-up.js';
import { DEFAULT_PACK_DIR } from '../../src/knowledge/default-pack.js';
import { brokenPackCopy } from '../helpers/pack-copy.js';

// A start of many folders leaves each briefing's not_stated phrasing checks to its first use. A briefing that fails
// them answers nothing, not even the questions its entries were written for, and warm-up hands it over to be taken down.

let broken: string;
beforeAll(async () => {
  broken = await brokenPackCopy({
    'qa.yaml': (t) => t.replace('asks: ["lift", ', 'asks: ["suspended in indonesia", "lift", '),
    'pack.yaml': (t) => t.replace('id: china-platforms-sea', 'id: broken-copy'),
  });
});
afterAll(async () => rm(broken, { recursive: true, force: true }));

const OWN_QUESTION = 'why was tiktok shop suspended in indonesia';

describe('Phrasing checks at first use', () => {
  it('are made at start for a few folders, so a broken one is refused at once', async () => {
    expect(checksPhrasingsAtStart(1)).toBe(true);
    const { catalogue } = await loadKnowledge([broken], { threshold: DEFAULT_THRESHOLD });
    expect(catalogue.briefings).toHaveLength(0);
    expect(catalogue.failed[0].problems[0].message).toContain('asks "suspended in indonesia"');
  });

  it('left to first use, a failing briefing answers nothing and warm-up hands it over', async () => {
    expect(checksPhrasingsAtStart(100)).toBe(false);
    const { catalogue } = await loadKnowledge([broken, DEFAULT_PACK_DIR], {
      threshold: DEFAULT_THRESHOLD,
      phrasings: false,
    });
    const bad = catalogue.briefings.find((b) => b.origin === broken);
    const good = catalogue.briefings.find((b) => b.origin === DEFAULT_PACK_DIR);
    if (!bad || !good) throw new Error('both briefings should be served until first use');
    expect(good.engine().answer(OWN_QUESTION).answered).toBe(true);
    expect(bad.engine().answer(OWN_QUESTION).answered).toBe(false);
    expect([bad.failed, good.failed]).toEqual([true, false]);
    const handed: string[] = [];
    await warmUp(
      () => catalogue,
      () => false,
      (briefing) => {
        handed.push(briefing.origin);
      },
    );
    expect(handed).toEqual([broken]);
  });
});
