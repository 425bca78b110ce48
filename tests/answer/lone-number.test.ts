import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';

// A number in a question names a thing as a name does. When it is all the question shares with an entry and the rest
// of what is asked is nowhere in it ("who won the world cup in 2024" of a briefing that says "since 2024"), the entry
// is about something else, as "weather in Singapore" is for an entry that only says Singapore.

let engine: Engine;

beforeAll(async () => {
  engine = await loadedEngine('knowledge/china-platforms-sea');
});

describe('a question that shares only a number with the briefing', () => {
  it('is declined when the rest of it is about something else', () => {
    expect(engine.answer('who won the world cup in 2024')).toMatchObject({ answered: false, reason: 'not_covered' });
  });

  it('is answered when the rest only asks what happened', () => {
    const reply = engine.answer('what happened in 2023');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('In 2023');
  });

  it('is still answered when the entry has what it asks besides the number', () => {
    const reply = engine.answer("what was temu's share of global e-commerce in 2025");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('24%');
  });
});
