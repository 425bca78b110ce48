import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/conversation/resolve-follow-up.js';
import type { NamedThing, NamesReading } from '../../src/match/read-names.js';

// A reader that knows four names and one topic word, so each expected question can be checked by eye.
const NAMES: Record<string, NamedThing> = {
  'jian xu': { name: 'Jian Xu', surface: 'jian xu', place: false, known: true },
  temu: { name: 'Temu', surface: 'temu', place: false, known: true },
  malaysia: { name: 'Malaysia', surface: 'malaysia', place: true, known: true },
  singapore: { name: 'Singapore', surface: 'singapore', place: true, known: true },
};
const TOPICS = ['share', 'office'];
const EMPTY = /^(?:why|when|who|by|according|to|what|is|the|and|ok|thanks|said|that|in)$/;
function readNames(text: string): NamesReading {
  const lower = text.toLowerCase();
  const names = Object.entries(NAMES)
    .filter(([surface]) => lower.includes(surface))
    .map(([, n]) => n);
  const words: string[] = lower.match(/[a-z]+/g) ?? [];
  return {
    names,
    topics: TOPICS.filter((t) => words.includes(t)),
    hasOwnWords: words.some((w) => !EMPTY.test(w)),
  };
}
const resolve = (previous: string, text: string) => resolveFollowUp(readNames, previous, text);

describe('reading a follow-up with the question before it', () => {
  it('writes the person "he" points at next to it, with the earlier question as context', () => {
    expect(resolve('who is Jian Xu?', 'where does he work?')).toEqual({
      asked: 'who is Jian Xu.\nwhere does he (Jian Xu) work?',
      standalone: 'where does he (Jian Xu) work?',
      pointsBack: true,
    });
  });

  it('points "there" at a place and "that" at the whole earlier question', () => {
    expect(resolve('is Temu big in Malaysia?', 'who else is there?').standalone).toBe('who else is there (Malaysia)?');
    expect(resolve("what is Temu's share?", 'who measured that?').standalone).toBe('who measured that (Temu, share)?');
  });

  it('does not point "it" at a name the follow-up gives itself', () => {
    expect(resolve('who is Jian Xu?', 'why did Temu buy it?').standalone).toBe('why did Temu buy it (Jian Xu)?');
  });

  it('lets a question with nothing of its own lean on the earlier one ("why?")', () => {
    expect(resolve('when did it open the office?', 'why?').asked).toBe('when did it open the office.\nwhy?');
  });

  it('puts a new name of the same kind in place of the old one ("and Singapore?")', () => {
    expect(resolve('what does it say about Malaysia?', 'and Singapore?').asked).toBe(
      'what does it say about Singapore?',
    );
  });

  it('leaves no empty gap where a replaced name was written out', () => {
    expect(resolve('who measured that (Temu, Malaysia, share)?', 'and in Singapore?').asked).toBe(
      'who measured that (Temu, share) in Singapore?',
    );
  });

  it('asks a question with a topic of its own on its own, and thanks as they are', () => {
    expect(resolve('who is Jian Xu?', "what is Temu's share of the market?").asked).toBe(
      "what is Temu's share of the market?",
    );
    expect(resolve('who is Jian Xu?', 'ok thanks').asked).toBe('ok thanks');
  });
});
