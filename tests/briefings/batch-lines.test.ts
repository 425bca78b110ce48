import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { answerBatch, batchLines } from '../../src/briefings/batch-lines.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// A batch that opens with "who wrote this?" or "tl;dr?" has not yet said which briefing it is about: the line waits
// for the first answer and is then answered from that briefing, and replies keep the order of the lines.

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
