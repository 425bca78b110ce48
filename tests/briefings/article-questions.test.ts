import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { answerEntry } from '../../src/briefings/answer-entry.js';
import { batchAsker } from '../../src/briefings/batch-asker.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { draftSharedPage } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// "Who wrote this article?" among a briefing whose page names its author and the first briefing, whose article names
// none: both are answers about an article, so the bot asks which one is meant rather than naming a stranger.

let all: Catalogue;

beforeAll(async () => {
  const dir = await draftSharedPage('nytimes-4', await mkdtemp(path.join(tmpdir(), 'byline-')));
  all = (await loadKnowledge([SHIPPED_PACK, dir], { threshold: DEFAULT_THRESHOLD })).catalogue;
});

describe('a question about the article among a briefing with a byline and one without', () => {
  it('asks which briefing is meant, offering the one whose article does not say', () => {
    const reply = routeQuestion(all, 'who wrote this article?');
    expect(reply).toMatchObject({ answered: false, reason: 'which_briefing' });
    const offered = reply.suggestions.map((s) => s.pack);
    expect(offered).toContain('china-platforms-sea');
    expect(offered.length).toBeGreaterThanOrEqual(2);
  });

  it('asks which briefing is meant for "who wrote this and for which site" too: its words are about any article', () => {
    const reply = routeQuestion(all, 'who wrote this and for which site');
    expect(reply).toMatchObject({ answered: false, reason: 'which_briefing' });
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it("answers from the briefing whose title has the question's word, everyday as it is: 'who wrote the debt piece?'", () => {
    const reply = routeQuestion(all, 'who wrote the debt piece?');
    expect(reply).toMatchObject({ answered: true, pack: expect.stringMatching(/^as-debt-rises/) });
    expect(reply.answer).toContain('Nelson D. Schwartz');
  });

  it('answers the button of the briefing without a byline with what its article does not say', () => {
    const reply = answerEntry(all, { entryId: '', pack: 'china-platforms-sea', question: 'who wrote this article?' });
    expect(reply).toMatchObject({ answered: false, reason: 'not_stated', pack: 'china-platforms-sea' });
    expect(reply?.answer).toContain('names no author');
  });

  it("in a channel about the first briefing, 'who's the reporter on this piece' is answered that it names none", () => {
    expect(routeQuestion(all, "who's the reporter on this piece", { prefer: 'china-platforms-sea' })).toMatchObject({
      reason: 'not_stated',
      pack: 'china-platforms-sea',
    });
  });

  it('in a batch about the first briefing, says its article names no author instead of naming another', () => {
    const ask = batchAsker(all);
    for (const q of [
      'how big is tiktok shop in southeast asia',
      'what is xiaohongshu',
      'who owns temu',
      'what is rednote',
    ])
      ask(q);
    expect(ask('who wrote this article?')).toMatchObject({ reason: 'not_stated', pack: 'china-platforms-sea' });
  });
});
