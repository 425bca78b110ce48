import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A drafted summary is the title and the first sentences that say something. An editor's note or update at the top
// of a page ("(EDIT: ...)", "Updated on ... at 3:15 p.m.") and a line of bracketed links say nothing of the story:
// the summary skips them, and they stay answerable as sentences of their own.

const engine = useDraftedEngine('summary-notes', 'Why New Yorkers received a push alert about a manhunt', [
  '(EDIT: removed the link to the original post, at the request of its author.)',
  'Updated on September 19 at 3:15 p.m.',
  '[Docs] [txt|pdf] [Tracker] [Email]',
  'Just before 8 in the morning on Monday, cellphones chimed in unison across New York City.',
  'It was the first time the city had used the wireless emergency alert system to find a suspect.',
  'Officials said the alert helped identify the man within hours.',
]);

describe('a drafted summary', () => {
  it("opens with the story, not an editor's note, an update line or a row of links", () => {
    const reply = engine().answer('tl;dr');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('cellphones chimed in unison');
    expect(reply.answer).not.toContain('EDIT');
    expect(reply.answer).not.toContain('Updated on');
    expect(reply.answer).not.toContain('[Docs]');
  });
});
