import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "Alan Goodale wrote on December 24:" introduces the next paragraph, which says what he wrote, and a question the
// article asks is answered by the next paragraph: a drafted answer with the line alone tells a reader nothing.

const engine = useDraftedEngine('colon-lines', 'Readers write in', [
  'The browser team answered dozens of readers in the comments this month, most of them about tab groups.',
  'Alan Goodale wrote on December 24 at 3:53 am:',
  'Are there plans to provide a collections feature for the desktop, with named sessions restored one at a time?',
  'The team said it would look at collections again next year.',
  'Why did the team drop tab groups from the desktop browser in the first place?',
  'Fewer than one in a hundred readers ever opened a second group, the team found.',
]);

describe('a line ending in a colon, or a question the article asks', () => {
  it('is answered with what it introduces', () => {
    const reply = engine().answer('what was alan goodale asking for in his comment');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Alan Goodale wrote on December 24');
    expect(reply.answer).toContain('a collections feature for the desktop');
  });

  it('is answered with the answer the next paragraph gives', () => {
    const reply = engine().answer('why did the team drop tab groups from the desktop browser');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Fewer than one in a hundred readers ever opened a second group');
  });
});
