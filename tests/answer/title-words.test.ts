import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';

// "Title" is two things: an article's headline and a person's job. The first briefing's aliases had it among the
// words for a role, so its headline entry ("what is the title of the article") answered any question about someone's
// job: "what was his job before he became president", asked about another article, got this one's headline.

let engine: Engine;

beforeAll(async () => {
  engine = await loadedEngine('knowledge/china-platforms-sea');
});

describe('the word "title" in the first briefing', () => {
  it('asks for the headline about the article', () => {
    expect(engine.answer('what is the title of the article')).toMatchObject({
      answered: true,
      entryId: 'article-headline',
    });
  });

  it("asks for a person's role when it is theirs", () => {
    expect(engine.answer("what's wang zheng's exact title")).toMatchObject({
      answered: true,
      entryId: 'who-is-wang-zheng',
    });
  });

  it('does not answer a question about a job with the headline', () => {
    expect(engine.answer('what was his job before he became president').answered).toBe(false);
  });
});
