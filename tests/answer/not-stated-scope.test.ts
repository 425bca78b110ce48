import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadPack } from '../../src/knowledge/load.js';
import type { Pack } from '../../src/knowledge/schema.js';
import { ACME_PACK } from '../helpers/pack-copy.js';

// tests/fixtures/packs/acme-widget: "deal-close" is listed by no entry, "regulator-names" is listed by the approval
// entry but declared `scope: pack`, "price-per-share" is listed by the purchase entry only.

let pack: Pack;
let engine: Engine;
beforeAll(async () => {
  const loaded = await loadPack(ACME_PACK);
  if (!loaded.ok) throw new Error(loaded.report);
  pack = loaded.value;
  engine = createEngine(pack, { threshold: DEFAULT_THRESHOLD });
});

describe('A detail the article does not give, for the whole pack', () => {
  it('answers "when will the deal close?" though no entry lists the detail and no entry answers it', () => {
    const reply = engine.answer('when will the deal close?');
    expect(reply).toMatchObject({ answered: false, reason: 'not_stated', entryId: null, citations: [], figures: [] });
    expect(reply.answer).toBe(
      "The article doesn't say when the deal will close; it says only that it still needs approval from regulators in Britain and the European Union.",
    );
    // What the article does say about the deal is offered instead.
    expect(reply.suggestions.map((s) => s.id)).toContain('deal-approval');
  });

  it('answers a question that matches an entry which does not list the detail', () => {
    const question = 'Which regulators must clear Acme buying Widget Co?';
    expect(engine.explain(question).explanation.runnersUp[0].id).toBe('acme-buys-widget');
    const reply = engine.answer(question);
    expect(reply.reason).toBe('not_stated');
    expect(reply.answer).toContain("doesn't name the regulators");
    expect(reply.suggestions.map((s) => s.id)).toEqual(['acme-buys-widget']);
  });

  it('leaves small talk alone even when it contains the phrase', () => {
    expect(engine.answer('tell me a joke about the deal close').reason).toBe('small_talk');
  });

  it('leaves questions that do not ask for the detail alone', () => {
    expect(engine.answer('What is Acme buying?')).toMatchObject({ reason: 'answered', entryId: 'acme-buys-widget' });
    expect(engine.answer('How much did Widget shares rise?')).toMatchObject({ entryId: 'widget-shares' });
  });
});

describe('A detail listed by one entry', () => {
  it('answers questions that match that entry', () => {
    expect(engine.answer('What is Acme paying per share?')).toMatchObject({
      reason: 'not_stated',
      answer: 'The article gives no price per share, only the $2 billion in cash.',
    });
  });

  it('answers a question matching another entry only once declared pack-wide', () => {
    const question = 'what did the shares do, per share?';
    // Listed by the purchase entry only, the detail never reaches a question the share-price entry wins ...
    expect(engine.answer(question)).toMatchObject({ reason: 'answered', entryId: 'widget-shares' });
    // ... which `scope: pack` fixes.
    const notStated = pack.notStated.map((d) => (d.id === 'price-per-share' ? { ...d, scope: 'pack' as const } : d));
    const packWide = createEngine({ ...pack, notStated }, { threshold: DEFAULT_THRESHOLD });
    expect(packWide.answer(question)).toMatchObject({ reason: 'not_stated', entryId: null });
  });
});
