import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A quote broken into short sentences can fill a paragraph of its own ("“Time was against me,” Cortines said. “The
// starting of the buses were against me. ...”"): no sentence of it has words enough to be asked about alone, and
// there is no longer sentence in the paragraph to join, so the drafted pack had no entry for it at all. From the Los
// Angeles Times' report on the 2015 school shutdown among postlight/parser's test pages (pl-latimes).

const PARAGRAPHS = [
  'Ramon C. Cortines, then the superintendent, made the call to close every school in the district before dawn.',
  '“They talked about involvement of the FBI,” said Cortines. “And they said, ‘This is still under investigation.’ Those are the words they used with me.”',
  '“Time was against me,” Cortines said. “The starting of the buses were against me. I knew I had to do something quickly if I was going to do something.”',
  'There also was peril in excessive caution. A clumsy effort to close schools would be embarrassing.',
];

const engine = useDraftedEngine('school-shutdown', 'Report on L.A. school shutdown', PARAGRAPHS);

// Two words of content are enough for a paragraph of its own (the Star Tribune's game story among Zyte's pages).
const hockey = useDraftedEngine('wild-sabres', 'Wild beat Sabres for fourth straight win', [
  'The Wild beat the Sabres 4-1 on Monday night in Minnesota, their fourth straight win.',
  'Zach Parise scored twice, ending a scoring slump that had lasted most of November.',
  '“You can go either way,” Parise said. “I was going the other way for a little while. But I was able to, I guess, work my way out of it.”',
  'Goaltender Alex Stalock made 30 saves for Minnesota.',
]);

describe('a paragraph of short sentences', () => {
  it('is drafted as an entry of its own and answers what was said in it', () => {
    const reply = engine().answer('what did cortines say about the time pressure');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('“Time was against me,” Cortines said.');
    expect(reply.citations.map((c) => c.quote)).toContain('“Time was against me,” Cortines said.');
  });

  it('is drafted with as few as two words of content', () => {
    expect(hockey().answer('how did parise describe working his way out of it').answer).toContain(
      'work my way out of it.”',
    );
  });
});
