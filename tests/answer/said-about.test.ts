import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "what did Bruck say about where the motivation came from" asks what Bruck said; the "where" is part of what it was
// said about, so the sentence that quotes him answers it though it names no place.

const engine = useDraftedEngine('said-about', 'Closing arguments in the Roof trial', [
  'The jury heard closing arguments in Charleston on Thursday, and deliberations begin next week.',
  'Prosecutors said the defendant planned the attack for months and chose the church for its history.',
  'The courtroom was full, and relatives of the victims sat in the front rows for the whole day.',
  'The judge told jurors they would be kept apart from news coverage until they reach a verdict.',
  '“Every bit of motivation came from things he saw on the internet,” defense attorney David Bruck said.',
]);

describe('a question word inside what someone said', () => {
  it('"what did X say about where ..." gets what X said', () => {
    const reply = engine().answer("what did david bruck say about where roof's motivation came from");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Every bit of motivation came from things he saw on the internet');
  });

  it('"where" asked on its own still wants a place', () => {
    expect(engine().explain('where did the jury hear closing arguments').explanation.terms).toEqual(
      expect.arrayContaining([expect.objectContaining({ term: '?where' })]),
    );
  });
});
