import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { batchAsker } from '../../src/briefings/batch-asker.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { ABOUT_INDONESIA } from '../helpers/indonesia-questions.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// `ask --batch` over several briefings: nobody can press "Which briefing do you mean?"'s buttons, so a question about
// "the article" goes to the briefing most of the batch's latest answers came from; once five in a row came from one,
// the batch prefers it as a channel's default is preferred.

let all: Catalogue;

beforeAll(async () => {
  const folders = ['temu-eu-scrutiny', 'johor-data-centres', 'indonesia-social-commerce'].map((f) =>
    path.join(FIXTURE_BRIEFINGS, f),
  );
  all = (await loadKnowledge([SHIPPED_PACK, ...folders], { threshold: DEFAULT_THRESHOLD })).catalogue;
});

describe('a batch of questions over several briefings', () => {
  it('asks back about "the article" until some answer says which briefing the batch is about', () => {
    const ask = batchAsker(all);
    expect(ask('tl;dr?')).toMatchObject({ reason: 'which_briefing', pack: null });
    expect(ask("what do indonesia's new rules say about social commerce?")).toMatchObject({
      answered: true,
      pack: 'indonesia-social-commerce',
    });
    expect(ask('tl;dr?')).toMatchObject({
      answered: true,
      pack: 'indonesia-social-commerce',
      entryId: 'article-summary',
    });
  });

  it('goes by most of the latest answers, so one question answered from another briefing does not carry it off', () => {
    const ask = batchAsker(all);
    ask("what do indonesia's new rules say about social commerce?");
    ask('how many small businesses are there in indonesia?');
    expect(ask('how many people in europe use temu every month')).toMatchObject({ pack: 'temu-eu-scrutiny' });
    expect(ask('tl;dr?')).toMatchObject({ pack: 'indonesia-social-commerce', entryId: 'article-summary' });
  });

  it('answers every other question on its own, as a lone question is answered', () => {
    const ask = batchAsker(all);
    ask("what do indonesia's new rules say about social commerce?");
    for (const q of ['how many people in europe use temu every month', 'who is Jian Xu?', 'what is love?'])
      expect(ask(q), q).toEqual(routeQuestion(all, q));
  });

  it('once five answers in a row came from one briefing, prefers it as a channel default does', () => {
    const ask = batchAsker(all);
    for (const q of ABOUT_INDONESIA) expect(ask(q), q).toMatchObject({ pack: 'indonesia-social-commerce' });
    // Asked alone, the shipped briefing answers both: the 2023 suspension, and a "maybe" on Temu.
    expect(routeQuestion(all, 'what went on in 2023')).toMatchObject({ pack: 'china-platforms-sea' });
    expect(routeQuestion(all, 'temu in indonesia')).toMatchObject({ pack: 'china-platforms-sea', reason: 'hedged' });
    expect(ask('what went on in 2023')).toMatchObject({ answered: true, pack: 'indonesia-social-commerce' });
    expect(ask('temu in indonesia')).toMatchObject({ answered: false, reason: 'not_covered' });
    // A much surer answer from another briefing still wins.
    expect(ask('what is tokopedia')).toMatchObject({ pack: 'china-platforms-sea', entryId: 'what-is-tokopedia' });
  });

  it('once settled on a briefing, lets its "I don\'t know" stand against another\'s answer on shared words', () => {
    const ask = batchAsker(all);
    for (const q of ABOUT_INDONESIA) ask(q);
    // The shipped briefing answers it on "tiktok", "us" and "stake", though its article never names Oracle.
    const question = 'what stake does oracle get in the new tiktok us company';
    expect(routeQuestion(all, question)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
    expect(ask(question)).toMatchObject({ answered: false });
    // A channel's default is no such evidence: people there ask about the other briefings too.
    expect(routeQuestion(all, question, { prefer: 'indonesia-social-commerce' })).toMatchObject({ answered: true });
  });

  it('keeps to the briefing it is restricted to, as --pack does', () => {
    const ask = batchAsker(all, { only: 'china-platforms-sea' });
    expect(ask('tl;dr?')).toMatchObject({ answered: true, pack: 'china-platforms-sea', entryId: 'article-summary' });
  });
});
