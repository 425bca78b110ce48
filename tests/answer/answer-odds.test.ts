import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadPack } from '../../src/knowledge/load.js';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// A drafted sentence is answered with when the odds that it is the right answer are good enough (answer-odds.ts), not
// when its score alone clears the bar: a long question whose words the sentence shares is answered though its score
// is modest, and a short one sharing a word or two is not. The curated first pack is still judged by its scores.

describe('the odds that a drafted sentence answers', () => {
  const verge = useSharedPageEngine('theverge');
  const cnn = useSharedPageEngine('cnn');
  const nytimes = useSharedPageEngine('nytimes-4');

  it('answers a long, chatty question with the sentence that answers it, by the odds that it is right', () => {
    const { reply, explanation } = verge().explain(
      'sorry if this was covered already but could you see pixels at all when stuff was right up close?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.citations.map((c) => c.quote).join(' ')).toContain('up close');
    expect(explanation.odds?.chance).toBeGreaterThanOrEqual(explanation.bar ?? 1);
    expect(explanation.odds?.features.score).toBeLessThan(0.5);
  });

  it('answers a comparison the sentence makes in other words', () => {
    const reply = cnn().answer('is american public aid more generous than in peer nations');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('safety net');
  });

  it('declines a short question that only shares a word with the nearest sentence', () => {
    const reply = nytimes().answer("what's the current federal funds rate");
    expect(reply.answered).toBe(false);
  });

  it('says in --explain what the odds were and what they read', () => {
    const { explanation } = nytimes().explain("what's the current federal funds rate");
    expect(explanation.why).toMatch(/gives odds of 0\.\d\d that it is right, below the bar 0\.\d\d/);
    expect(Object.keys(explanation.odds?.features ?? {})).toEqual(expect.arrayContaining(['score', 'coverage']));
  });

  it('asks for better odds when ANSWER_THRESHOLD is raised', () => {
    const question = 'sorry if this was covered already but could you see pixels at all when stuff was right up close?';
    const strict = createEngine(verge().pack, { threshold: 0.9 });
    expect(strict.answer(question).answered).toBe(false);
  });
});

describe('the curated first pack', () => {
  it("is judged by its entries' scores, with no odds", async () => {
    const loaded = await loadPack(SHIPPED_PACK);
    if (!loaded.ok) throw new Error(loaded.report);
    const engine = createEngine(loaded.value, { threshold: 0.4 });
    const { reply, explanation } = engine.explain('how big is TikTok Shop in Southeast Asia?');
    expect(reply.answered).toBe(true);
    expect(explanation.odds).toBeNull();
  });
});
