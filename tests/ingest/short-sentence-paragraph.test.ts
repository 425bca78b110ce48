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

describe('a paragraph of short sentences', () => {
  it('is drafted as an entry of its own and answers what was said in it', () => {
    const reply = engine().answer('what did cortines say about the time pressure');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('“Time was against me,” Cortines said.');
    expect(reply.citations.map((c) => c.quote)).toContain('“Time was against me,” Cortines said.');
  });
});
