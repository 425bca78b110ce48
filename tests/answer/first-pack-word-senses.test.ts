import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';

// A word with two senses in the first briefing's aliases. "Title" is an article's headline and a person's job: among
// the words for a role, it let the headline entry ("what is the title of the article") answer "what was his job
// before he became president", asked about another article. "Field" of "field of expertise" let an expert's entry
// answer "what's the field of view on it" (a headset review's question).

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

describe('the word "field" in the first briefing', () => {
  it("is an expert's field of expertise", () => {
    expect(engine.answer('wang zheng field of expertise')).toMatchObject({
      answered: true,
      entryId: 'who-is-wang-zheng',
    });
  });

  it('is not a field of view', () => {
    expect(engine.answer("what's the field of view on it").answered).toBe(false);
  });
});
