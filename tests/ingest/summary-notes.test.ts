import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A drafted summary is the title and the first sentences that say something. An editor's note or update at the top
// of a page ("(EDIT: ...)", "Updated on ... at 3:15 p.m."), a line of bracketed links, a line dating the page, the
// headline said again and a photo's caption say nothing of the story: the summary skips them, and they stay answerable
// as sentences of their own.

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

// The top of a Houston Chronicle page in Zyte's article-extraction benchmark, as Readability extracts it.
const news = useDraftedEngine('summary-news-top', 'New car sales plunge 10 percent in October', [
  'New car sales plunge 10 percent in October',
  'By Paul Takahashi, Staff writer | November 19, 2019',
  'Photo: David Zalubowski, STF / Associated Press',
  'Published 4:00 am CST, Wednesday, November 20, 2019',
  'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold E-Pace sports-utility vehicles sits at a Jaguar dealership in Littleton, Colo.',
  'Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the second-highest sales volume of the year.',
  'Sales fell 10 percent from a year earlier, according to TexAuto Facts.',
]);

describe('a drafted summary of a news page', () => {
  it("opens with the story, not the headline again, the writers' line, the line dating the page or a caption", () => {
    const reply = news().answer('tl;dr');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Local auto dealers sold 30,154 new cars');
    expect(reply.answer.match(/New car sales plunge/g)).toHaveLength(1);
    expect(reply.answer).not.toContain('Published 4:00 am');
    expect(reply.answer).not.toContain('By Paul Takahashi');
    expect(reply.answer).not.toContain('Photo: David Zalubowski');
    expect(reply.answer).not.toContain('In this Sunday');
  });

  it('still answers from the caption, a sentence of its own', () => {
    const reply = news().answer('what does the photograph at the jaguar dealership show?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('a long row of unsold E-Pace sports-utility vehicles');
  });
});
