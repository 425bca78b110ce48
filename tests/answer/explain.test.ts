import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import type { Engine } from '../../src/answer/engine.js';
import { ExplanationSchema } from '../../src/answer/explanation.js';
import { readEvalSet } from '../eval/score-eval.js';
import { loadedEngine, useDraftedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

let engine: Engine;
beforeAll(async () => {
  engine = await loadedEngine(SHIPPED_PACK);
});

const bridge = useDraftedEngine('bridge-opening', 'A bridge opens', [
  'The harbour bridge opened to traffic on Tuesday after years of delays and a long fight over its cost.',
  'Drivers crossed the harbour bridge in under four minutes, a trip that took half an hour by ferry.',
]);

describe('Explaining an answer', () => {
  it('gives the same reply as answer() for every question of the eval, with a valid explanation', async () => {
    const set = await readEvalSet();
    for (const { q } of [...set.in_scope, ...set.out_of_scope]) {
      const { reply, explanation } = engine.explain(q);
      expect(reply).toEqual(engine.answer(q));
      expect(ExplanationSchema.safeParse(explanation).success).toBe(true);
    }
  });

  it('names the chosen entry, its score against the bar, the runners-up and the terms that matched', () => {
    const { reply, explanation } = engine.explain('How big is TikTok Shop in Southeast Asia?');
    expect(explanation).toMatchObject({ decision: 'answered', deciding: 'confident', threshold: DEFAULT_THRESHOLD });
    expect(explanation.chosen).toMatchObject({ id: reply.entryId, failed: [] });
    expect(explanation.chosen?.score).toBeGreaterThanOrEqual(explanation.bar ?? 1);
    expect(explanation.runnersUp.length).toBeGreaterThan(0);
    expect(explanation.runnersUp.map((r) => r.id)).not.toContain(reply.entryId);
    const tiktokShop = explanation.terms.find((t) => t.term === '@tiktok-shop');
    expect(tiktokShop).toMatchObject({ known: true, where: 'asking', inChosen: true });
    expect(explanation.why).toMatch(/^Answered with "tiktok-shop-sea-gmv": score \d\.\d\d, above the bar 0\.40/);
  });

  it('says a question about a company the briefing never mentions is declined for that name', () => {
    const { explanation } = engine.explain("what is shopee's market share");
    expect(explanation).toMatchObject({ decision: 'declined', deciding: 'unknown_name' });
    expect(explanation.unknown).toEqual([{ surface: 'shopee', kind: 'name', weight: 3 }]);
    expect(explanation.why).toContain('"shopee", which the briefing never mentions');
  });

  it('names the gate every entry failed', () => {
    const { explanation } = engine.explain('tiktok shop US gmv');
    expect(explanation.deciding).toBe('gates');
    expect(explanation.runnersUp[0]).toMatchObject({
      failed: ['missing_key', 'metric_elsewhere'],
      missingKeys: ['US'],
    });
    expect(explanation.why).toContain('does not mention "US"');
  });

  it('names the gate a "who" question fails when the sentence about it names no one', () => {
    const { explanation } = bridge().explain('who cut the ribbon when the harbour bridge opened');
    expect(explanation.deciding).toBe('gates');
    expect(explanation.runnersUp[0]?.failed).toContain('lacks_name');
    expect(explanation.why).toContain('names no person, place or law of the kind asked');
  });

  it('tells "how many" asked of entries with no count apart from a low score', () => {
    const { explanation } = engine.explain('how many americans use tiktok');
    expect(explanation.deciding).toBe('gates');
    expect(explanation.runnersUp.every((r) => r.failed.includes('lacks_count'))).toBe(true);
  });

  it('says which phrase asked for a detail the article does not give, and whose detail it is', () => {
    const { explanation } = engine.explain('who else invested in the new TikTok entity?');
    expect(explanation).toMatchObject({
      decision: 'declined',
      deciding: 'not_stated',
      notStated: { id: 'us-entity-owners', phrase: 'who else', scope: 'entry' },
    });
    expect(explanation.why).toContain('the matched entry "tiktok-us-joint-entity" lists');
  });

  it('tells small talk, a low score, a hedge and words the briefing never uses apart', () => {
    expect(engine.explain('tell me a joke').explanation.deciding).toBe('chit_chat');
    expect(engine.explain('who won the world cup').explanation.deciding).toBe('below_threshold');
    expect(engine.explain('xiaohongshu').explanation).toMatchObject({ decision: 'hedged', deciding: 'tied' });
    expect(engine.explain("what's alibaba's market cap right now").explanation.deciding).toBe('no_known_terms');
    expect(engine.explain('??!!').explanation.deciding).toBe('empty');
  });

  it('marks words from the small talk around the asking sentence as context', () => {
    const { explanation } = engine.explain(
      'I run partnerships for a beauty brand in Vietnam. How big is TikTok Shop in Southeast Asia overall?',
    );
    expect(explanation.terms.find((t) => t.surface.toLowerCase() === 'vietnam')?.where).toBe('context');
    expect(explanation.terms.find((t) => t.term === '@tiktok-shop')?.where).toBe('asking');
  });
});
