import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import type { Engine } from '../../src/answer/engine.js';
import { engineForArticle } from '../eval/score-articles.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';

// A briefing kb:new drafted and nobody reviewed: its questions are made of its sentences' words ("What does the
// article say about Mahmoud Abbas Palestinian Authority efforts shortcut?"). What the bot offers beside a reply or an
// "I don't know" is the opening of the article's own sentence instead.

let work: string;
let engine: Engine;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'drafted-suggestions-'));
  const page = path.join(sharedArticlesDir(), 'nytimes-4', 'source.html');
  engine = await engineForArticle({ page }, work, DEFAULT_THRESHOLD);
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('What a drafted briefing offers when it is not sure', () => {
  it("offers the article's own words, each once, never a drafted keyword question", () => {
    const reply = engine.answer("what two things are pushing washington's borrowing costs up");
    expect(reply.suggestions.length).toBeGreaterThan(1);
    const texts = reply.suggestions.map((s) => s.question);
    expect(new Set(texts).size).toBe(texts.length);
    const article = engine.pack.sources.map((s) => s.text).join(' ');
    for (const text of texts) {
      expect(text).not.toMatch(/^What (?:does the article|did .+) say about/);
      expect(article.replace(/\s+/g, ' ')).toContain(text.replace(/…$/, ''));
    }
  });

  it('offers them too when no sentence comes near the question, as topics it can answer', () => {
    const reply = engine.answer('what was the final score');
    expect(reply.answered).toBe(false);
    expect(reply.suggestions.length).toBeGreaterThan(1);
    for (const { question } of reply.suggestions)
      expect(question).not.toMatch(/^What (?:does the article|did .+) say about/);
  });

  it('gives as examples of what to ask (help, the Home tab) only questions, none of them a keyword question', () => {
    const examples = engine.examples(5).map((e) => e.question);
    expect(examples).toContain('What is the article about?');
    expect(examples).toContain('Who wrote the article?');
    for (const question of examples) {
      expect(question).toMatch(/\?$/);
      expect(question).not.toMatch(/^What (?:does the article|did .+) say about/);
    }
  });
});
