import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { draftedEngine } from '../helpers/drafted-engine.js';

// A drafted entry is one sentence of its article. Two sentences often share a question's words; the one that holds
// them as the question puts them ("national security adviser") is the one it asks about, not the one that scatters
// them ("the national adviser ... on security").

const PARAGRAPHS = [
  'A national adviser praised security there.',
  'The national security adviser, Andrew Shearer, told the parliamentary committee on Tuesday that journalists and their sources would be protected under the bill.',
  'The committee will report to parliament next month.',
];

let engine: Engine;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ engine, remove } = await draftedEngine('adviser', 'Advisers face committee', PARAGRAPHS));
});

afterAll(() => remove());

describe('a question whose words two drafted sentences share', () => {
  it('is answered by the sentence that has them as a phrase, in order', () => {
    const reply = engine.answer('what did the national security adviser say');
    expect(reply.answered).toBe(true);
    expect(reply.answer.startsWith('The national security adviser, Andrew Shearer')).toBe(true);
  });
});
