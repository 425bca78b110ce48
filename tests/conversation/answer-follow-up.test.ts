import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { answerFollowUp, answerThread } from '../../src/conversation/answer-follow-up.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

let engine: Engine;
beforeAll(async () => {
  engine = await loadedEngine(SHIPPED_PACK);
});

const last = (...questions: string[]) => {
  const reply = answerThread(() => engine, questions).at(-1)?.reply;
  if (!reply) throw new Error('no reply');
  return reply;
};

describe('a follow-up in a thread', () => {
  it('takes "he" from the question before: where Jian Xu works, not Wang Zheng', () => {
    const reply = last('who is Jian Xu?', 'where does he work?');
    expect(reply.entryId).toBe('who-is-jian-xu');
    expect(reply.answer).toContain('Deakin University');
    expect(reply.question).toBe('where does he work?');
  });

  it('takes "it" from the question before: why Xiaohongshu opened its Hong Kong office, not proximity', () => {
    const reply = last('When did Xiaohongshu open its Hong Kong office?', 'why did it open it?');
    expect(reply.entryId).toBe('xiaohongshu-hong-kong-office');
    expect(reply.answer).toContain('overseas expansion');
  });

  it('reads "and in Southeast Asia?" as the question before, asked for Southeast Asia', () => {
    expect(last("What was TikTok Shop's global GMV last year?", 'and in Southeast Asia?').answer).toContain('45.6');
  });

  it('answers "who estimated that?" and "when did he say it?" about what was just asked', () => {
    expect(last('how big is tiktok shop?', 'who estimated that?').answer).toContain('Momentum Works');
    expect(last('What did Han Wenxiu say?', 'when did he say it?').answer).toContain('last December');
  });

  it('keeps the topic over three turns', () => {
    expect(last('who is Jian Xu?', 'what did he say?', 'where does he work?').entryId).toBe('who-is-jian-xu');
  });

  it('answers a follow-up with a topic of its own on its own, and still declines an unrelated one', () => {
    expect(last('who is Jian Xu?', 'what is Tokopedia?').entryId).toBe('what-is-tokopedia');
    expect(last('who is Jian Xu?', "what's the weather in Singapore?").answered).toBe(false);
    expect(last('who is Han Wenxiu?', 'how old is he?').answered).toBe(false);
  });

  it('answers the first question of a conversation exactly as a question on its own', () => {
    for (const question of ['who is Jian Xu?', 'where does he work?', 'and in Southeast Asia?'])
      expect(answerFollowUp(engine, [], question)).toEqual({ reply: engine.answer(question), standalone: question });
  });
});
