import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { buildCatalogue, type Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// Routing over real packs: the shipped one and the fixture briefings written to share its names.

const TEMU_EU = path.join(FIXTURE_BRIEFINGS, 'temu-eu-scrutiny');
const JOHOR = path.join(FIXTURE_BRIEFINGS, 'johor-data-centres');
const INDONESIA = path.join(FIXTURE_BRIEFINGS, 'indonesia-social-commerce');

let all: Catalogue;
let indonesiaAlone: Catalogue;

beforeAll(async () => {
  const loaded = await loadKnowledge([SHIPPED_PACK, TEMU_EU, JOHOR, INDONESIA], { threshold: DEFAULT_THRESHOLD });
  all = loaded.catalogue;
  indonesiaAlone = buildCatalogue(all.briefings.filter((b) => b.id === 'indonesia-social-commerce'));
});

describe('Routing a question among several briefings', () => {
  it('answers from the briefing that covers it, and says which', () => {
    const reply = routeQuestion(all, 'how many people in europe use temu every month');
    expect(reply).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny', entryId: 'temu-eu-users' });
  });

  it('answers small talk to every briefing as small talk, with topics across them', () => {
    const reply = routeQuestion(all, 'tell me a joke');
    expect(reply).toMatchObject({ answered: false, reason: 'small_talk', pack: null });
    expect(reply.answer).toContain('I only answer questions about what my briefings say');
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it('reads a misspelt name as the briefing that uses it would', () => {
    // No briefing uses "xiaohongsu", so it weighed nothing and another briefing's "what is" won the routing.
    expect(routeQuestion(all, 'wat is xiaohongsu exactly')).toMatchObject({
      answered: true,
      pack: 'china-platforms-sea',
      entryId: 'what-is-rednote',
    });
    // A slip in the third letter too ("messure" for "measure"): only the first two letters narrow the search.
    expect(all.nearestWords('jonhor')).toEqual(['johor']);
  });

  it('answers about a shared name from the briefing whose article gives the fact', () => {
    expect(routeQuestion(all, "what is temu's share of global e-commerce?")).toMatchObject({
      answered: true,
      pack: 'china-platforms-sea',
    });
    expect(routeQuestion(all, 'is bytedance using johor data centres for AI?')).toMatchObject({
      answered: true,
      pack: 'johor-data-centres',
    });
  });

  it('puts the best answer first and offers the other briefing that answers too', () => {
    const reply = routeQuestion(all, 'what did indonesia ban in 2023 on social media?');
    expect(reply.answered).toBe(true);
    const packs = [reply.pack, ...reply.alsoIn.map((offer) => offer.pack)];
    expect(packs).toEqual(expect.arrayContaining(['china-platforms-sea', 'indonesia-social-commerce']));
    expect(reply.alsoIn[0]).toMatchObject({ title: expect.any(String), entryId: expect.any(String) });
  });

  it("tries the channel's default briefing first", () => {
    const reply = routeQuestion(all, 'what did indonesia ban in 2023 on social media?', {
      prefer: 'indonesia-social-commerce',
    });
    expect(reply).toMatchObject({ pack: 'indonesia-social-commerce', entryId: 'social-media-ban-2023' });
    expect(reply.alsoIn.map((offer) => offer.pack)).toContain('china-platforms-sea');
  });

  it("still answers from another briefing what the channel's default does not cover", () => {
    const reply = routeQuestion(all, 'how many people in europe use temu every month', {
      prefer: 'johor-data-centres',
    });
    expect(reply).toMatchObject({ answered: true, pack: 'temu-eu-scrutiny' });
  });

  it("does not let the channel's default answer a near miss", () => {
    const reply = routeQuestion(all, 'tiktok shop gmv in indonesia alone', { prefer: 'indonesia-social-commerce' });
    expect(reply.answered).toBe(false);
  });

  it('asks only the named briefing when restricted to one', () => {
    const reply = routeQuestion(all, 'how many people in europe use temu every month', { only: 'johor-data-centres' });
    expect(reply).toMatchObject({ answered: false, pack: 'johor-data-centres' });
  });

  it('declines a near miss that a briefing sharing only some of its words would answer on its own', () => {
    // Alone, the Indonesia briefing answers this with its TikTok Shop comeback entry; the shipped briefing knows the
    // GMV it asks about and that its GMV figures are not about Indonesia, so served together the question is declined.
    const question = 'tiktok shop gmv in indonesia alone';
    expect(routeQuestion(indonesiaAlone, question).answered).toBe(true);
    const reply = routeQuestion(all, question);
    expect(reply.answered).toBe(false);
    expect(reply.pack).toBeNull();
  });

  it('declines what no briefing covers, offering topics from the nearest briefings', () => {
    const reply = routeQuestion(all, 'how many data centres does google run in vietnam');
    expect(reply).toMatchObject({ answered: false, reason: 'not_covered', pack: null });
    expect(reply.answer).toContain('any of the briefings');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.every((s) => all.get(s.pack)?.pack.entries.some((e) => e.id === s.id))).toBe(true);
  });

  it("keeps a briefing's own 'the article does not say' when it is the one the question is about", () => {
    const reply = routeQuestion(all, 'which conference did Han Wenxiu speak at?');
    expect(reply).toMatchObject({ answered: false, reason: 'not_stated', pack: 'china-platforms-sea' });
  });

  it("gives a briefing's lone hedged answer when it knows all of the question and no other briefing answers", () => {
    // Another briefing knows nearly as many of its words, but only the EU briefing has anything to say.
    expect(routeQuestion(all, 'is temu with the commission')).toMatchObject({
      answered: true,
      reason: 'hedged',
      pack: 'temu-eu-scrutiny',
    });
  });

  it('asks back which briefing is meant when a question about "the article" fits several', () => {
    const reply = routeQuestion(all, 'tl;dr?');
    expect(reply).toMatchObject({ answered: false, reason: 'which_briefing', pack: null, citations: [] });
    expect(reply.answer).toContain('Which briefing do you mean?');
    expect(reply.suggestions).toEqual(
      expect.arrayContaining([
        {
          pack: 'indonesia-social-commerce',
          id: 'article-summary',
          question: "Indonesia's new rules for social commerce",
        },
        expect.objectContaining({ pack: 'china-platforms-sea', id: 'article-summary' }),
      ]),
    );
  });

  it("answers a question about 'the article' from the channel's default, or from the briefing it names", () => {
    expect(routeQuestion(all, 'tl;dr?', { prefer: 'indonesia-social-commerce' })).toMatchObject({
      answered: true,
      pack: 'indonesia-social-commerce',
      entryId: 'article-summary',
    });
    expect(routeQuestion(all, "what's the gist of the indonesia piece")).toMatchObject({
      answered: true,
      pack: 'indonesia-social-commerce',
      entryId: 'article-summary',
    });
    // Only the shipped briefing uses the name: the question says which article it means.
    expect(routeQuestion(all, 'is this mainly a rednote story?')).toMatchObject({
      answered: true,
      pack: 'china-platforms-sea',
      entryId: 'article-summary',
    });
    // Only the shipped briefing says anything about who wrote its article (that it does not say): nothing to ask back.
    expect(routeQuestion(all, 'who wrote this?')).toMatchObject({
      answered: false,
      reason: 'not_stated',
      pack: 'china-platforms-sea',
    });
    // In a channel defaulting to a briefing that says nothing about its author, the shipped article's "names no
    // author" is not about the article the channel reads.
    const unsaid = routeQuestion(all, 'who wrote this?', { prefer: 'indonesia-social-commerce' });
    expect(unsaid).toMatchObject({ answered: false, reason: 'not_covered', pack: null });
    expect(unsaid.answer).not.toContain('names no author');
  });

  it('answers an empty question once, with topics across briefings', () => {
    const reply = routeQuestion(all, '  ?! ');
    expect(reply).toMatchObject({ answered: false, reason: 'empty', pack: null });
    expect(new Set(reply.suggestions.map((s) => s.pack)).size).toBeGreaterThan(1);
  });

  it('says so politely when no briefing is served at all', () => {
    expect(routeQuestion(buildCatalogue([]), 'how big is tiktok shop?')).toMatchObject({ answered: false, pack: null });
  });
});
