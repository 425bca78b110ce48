import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { answerBatch, batchLines } from '../../src/briefings/batch-lines.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { ABOUT_INDONESIA } from '../helpers/indonesia-questions.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// A batch that opens with "who wrote this?" or "tl;dr?" has not yet said which briefing it is about: the line waits
// for the first answer and is then answered from that briefing, and replies keep the order of the lines. A batch most
// of whose answers come from one briefing is answered again as being about it.

let all: Catalogue;

beforeAll(async () => {
  const folders = ['temu-eu-scrutiny', 'indonesia-social-commerce'].map((f) => path.join(FIXTURE_BRIEFINGS, f));
  all = (await loadKnowledge([SHIPPED_PACK, ...folders], { threshold: DEFAULT_THRESHOLD })).catalogue;
});

describe('the opening lines of a batch over several briefings', () => {
  it('answers a question that fits every briefing from the one the next answer comes from', () => {
    const asked = ['tl;dr?', 'how many small businesses are there in indonesia?'];
    const replies = answerBatch(all, asked);
    expect(replies.map((r) => r.question)).toEqual(asked);
    expect(replies[0]).toMatchObject({ answered: true, pack: 'indonesia-social-commerce', entryId: 'article-summary' });
    expect(replies[1]).toMatchObject({ answered: true, pack: 'indonesia-social-commerce' });
  });

  it('holds a waiting line back, with the lines after it, until an answer settles it', () => {
    const lines = batchLines(all);
    expect(lines.push('tl;dr?')).toEqual([]);
    expect(lines.push('asdfghjkl')).toEqual([]);
    const settled = lines.push("what do indonesia's new rules say about social commerce?");
    expect(settled.map((l) => l.question)).toEqual([
      'tl;dr?',
      'asdfghjkl',
      "what do indonesia's new rules say about social commerce?",
    ]);
    expect(settled[0].reply).toMatchObject({ pack: 'indonesia-social-commerce', entryId: 'article-summary' });
    expect(settled[1].reply.answered).toBe(false);
  });

  it('asks back which briefing when no answer ever says, at the end of the batch', () => {
    const lines = batchLines(all);
    expect(lines.push('tl;dr?')).toEqual([]);
    const [line] = lines.end();
    expect(line.reply).toMatchObject({ reason: 'which_briefing', pack: null });
  });

  it('never holds more than a few lines back', () => {
    const lines = batchLines(all);
    const out = ['tl;dr?', 'hmm', 'asdf', 'qwerty', 'zzz'].flatMap((q) => lines.push(q));
    expect(out).toHaveLength(5);
    expect(out[0].reply.reason).toBe('which_briefing');
  });
});

/** Questions the shipped briefing answers. */
const ABOUT_THE_PLATFORMS = [
  'how big is tiktok shop in southeast asia?',
  'what is tokopedia',
  'what is rednote',
  'why are chinese platforms looking to southeast asia',
  'what is temu',
];
/** The shipped briefing answers it on "tiktok", "us" and "stake", though its article never names Oracle. */
const SHARED_WORDS = 'what stake does oracle get in the new tiktok us company';

describe('a batch most of whose answers come from one briefing', () => {
  it("lets that briefing's \"I don't know\" stand from the first line, against another's answer on shared words", () => {
    expect(routeQuestion(all, SHARED_WORDS)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
    const replies = answerBatch(all, [SHARED_WORDS, ...ABOUT_INDONESIA]);
    expect(replies[0]).toMatchObject({ question: SHARED_WORDS, answered: false, pack: null });
    for (const reply of replies.slice(1)) expect(reply).toMatchObject({ pack: 'indonesia-social-commerce' });
  });

  it("answers from that briefing when it can, however much surer another is, and offers the other's answer", () => {
    // Asked alone, or after five answers in a row, the first briefing's definition wins (batch-asker.test.ts).
    const [reply] = answerBatch(all, [...ABOUT_INDONESIA, 'what is tokopedia']).slice(-1);
    expect(reply).toMatchObject({ answered: true, pack: 'indonesia-social-commerce' });
    expect(reply.answer).toContain('Tokopedia, the marketplace owned by the GoTo group');
    expect(reply.alsoIn).toEqual([
      expect.objectContaining({ pack: 'china-platforms-sea', entryId: 'what-is-tokopedia' }),
    ]);
  });

  it('answers a batch mixing two briefings line by line, as each line comes', () => {
    const asked = [SHARED_WORDS, ...ABOUT_THE_PLATFORMS, ...ABOUT_INDONESIA];
    const lines = batchLines(all);
    const lineByLine = [...asked.flatMap((q) => lines.push(q)), ...lines.end()].map((line) => line.reply);
    const replies = answerBatch(all, asked);
    expect(replies).toEqual(lineByLine);
    // No briefing has two thirds of the answers, so the line on shared words is answered as it is alone.
    expect(replies[0]).toEqual(routeQuestion(all, SHARED_WORDS));
  });
});
