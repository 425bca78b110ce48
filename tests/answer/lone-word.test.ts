import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';

// A curator phrases an entry the ways people ask about it. A question sharing one word with such an entry, whose other
// content words the briefing never uses, is about another article: "has anyone been arrested over selling them"
// shares only "selling" with the TikTok Shop sales entry. Questions about the article itself keep their chatty words
// ("what's this article about in a sentence").

let engine: Engine;

beforeAll(async () => {
  engine = await loadedEngine('knowledge/china-platforms-sea');
});

describe('a question sharing one word with a curated entry', () => {
  it('is declined, naming the words the briefing never uses', () => {
    const reply = engine.answer('has anyone been arrested over selling them');
    expect(reply).toMatchObject({ answered: false, reason: 'not_covered' });
    expect(reply.answer).toContain('"arrested"');
    expect(engine.answer('when did the first neon sign go up in vegas').answered).toBe(false);
  });

  it('is answered when it asks about the article itself', () => {
    expect(engine.answer("what's this article about in a sentence")).toMatchObject({
      answered: true,
      entryId: 'article-summary',
    });
  });

  it('is answered when the rest of its words are the briefing’s', () => {
    expect(engine.answer('is tiktok shop growing')).toMatchObject({ answered: true, entryId: 'tiktok-shop-growth' });
  });
});
