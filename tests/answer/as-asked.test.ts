import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// A decline names the words the briefing lacks as the asker typed them: the matcher reads "add-ons" as "add" and
// "ons" and "market cap" as "capitalization", and a reply naming those named words nobody typed.

let engine: Engine;
beforeAll(async () => {
  engine = await loadedEngine(SHIPPED_PACK);
});

describe('a declined question names what the briefing lacks as it was typed', () => {
  it.each([
    ['which add-ons does temu sell', 'add-ons', '"ons"'],
    ['what is the market cap of lazada', 'market cap', '"capitalization"'],
    ["what's Lazada's e-commerce take rate", 'take rate', '"takerate"'],
  ])('"%s" names "%s"', (question, typed, notTyped) => {
    const reply = engine.answer(question);
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain(`"${typed}"`);
    expect(reply.answer).not.toContain(notTyped);
  });

  it('names a few of the words of a pasted page the briefing lacks, not hundreds', () => {
    const words = Array.from({ length: 300 }, (_, i) => `zq${(i * 7919).toString(36)}x`);
    const reply = engine.answer(words.join(' '));
    expect(reply.answered).toBe(false);
    expect(reply.answer).toMatch(/It doesn't mention (?:"zq\w+x", ){4}"zq\w+x" and more\.$/);
    expect(reply.answer.length).toBeLessThan(200);
  });

  it('names a hyphenated word once, however many of its parts the briefing lacks', () => {
    const reply = engine.answer('does the article cover lazada pay-per-click');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('It doesn\'t mention "lazada" or "pay-per-click".');
  });
});
