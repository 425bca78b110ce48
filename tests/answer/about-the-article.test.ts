import { describe, expect, it } from 'vitest';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';

// A drafted page's line about the article ("The article is published by Spiceworks, on 2020-07-10") cites the
// headline to anchor it; the company the headline names is not what that line is about.

const engine = useSharedPageEngine('spiceworks');

describe("the line naming the article's outlet and date", () => {
  it('answers where the article is from', () => {
    const reply = engine().answer('which outlet published this');
    expect(reply.entryId).toBe('article-byline');
    expect(reply.answer).toContain('published by Spiceworks');
  });

  it('does not answer a question about the company its headline names', () => {
    const reply = engine().answer('where is vidyard based');
    expect(reply.entryId).not.toBe('article-byline');
    expect(reply.answer).not.toContain('published by Spiceworks');
  });
});
