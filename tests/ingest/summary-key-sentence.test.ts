import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A feature opens with a scene, and the sentence that says what it is about comes later. The summary gives the
// opening and then the sentence that shares the most of the headline's words.

const engine = useDraftedEngine('summary-key', 'Zuckerberg offers peek at Facebook acquisition strategies', [
  'The stage lights dimmed over the packed lecture hall at Stanford on a wet Thursday evening.',
  'Students had queued for hours in the rain to get a seat near the front of the hall.',
  'The host opened with a joke about dorm rooms and pizza that drew polite laughter.',
  'A few latecomers squeezed into the aisles as the cameras started rolling.',
  'Zuckerberg offered a primer on the acquisition strategies Facebook employs when it sees an attractive startup.',
  'He said the company moves fast to close deals before rivals can bid.',
]);

describe('the summary of an article that opens with a scene', () => {
  it('gives the sentence that says what the article is about after the opening', () => {
    const reply = engine().answer('tl;dr');
    expect(reply).toMatchObject({ answered: true, entryId: 'article-summary' });
    expect(reply.answer).toContain('The stage lights dimmed over the packed lecture hall');
    expect(reply.answer).toContain('Zuckerberg offered a primer on the acquisition strategies Facebook employs');
    expect(reply.answer).not.toContain('He said the company moves fast');
  });
});
