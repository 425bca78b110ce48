import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How many fear AI will take their job?" asks for a count: only an entry holding an amount may answer, and in a
// survey the count is a share ("49% said they fear AI will replace them"). Drafting takes a figure only from an
// amount it can attribute, so that drafted sentence has no figure; the share it states is the answer.

// Lines of Engadget's Xbox One X review (Readability's test page), the DealBook column on Yahoo's sale and GitLab's
// 2024 developer survey post.
const PARAGRAPHS = [
  "The Xbox One X is the ultimate video game system. It sports more horsepower than any system ever. And it plays more titles in native 4K than Sony's PlayStation 4 Pro.",
  'Microsoft has spent the last year courting developers to patch their older games for the new hardware.',
  'The console ships with a one terabyte hard drive and a 4K Blu-ray player for movie fans.',
  "It's now been a year since the PS4 Pro launched, and the One X costs $500, while Sony's console launched at $400. That high price limits the Xbox One X to diehard Microsoft fans who don't mind paying a bit more to play the console's exclusive titles in 4K.",
  'Yahoo’s sale to Verizon is a complicated beast, showing how different acquisition structures can affect how shareholders are treated.',
  'Yahoo is not all of the assets or even “substantially all” – the Alibaba shares being left behind in Remain Co. are worth about $28 billion, or six times the value of the cash Verizon is paying for the Yahoo assets it is buying.',
  'GitLab asked developers around the world how they feel about artificial intelligence in their daily work.',
  'Over half (55%) of respondents said introducing AI into the software development lifecycle is risky, and 49% said they fear AI will replace them in their current role within the next five years.',
  'Security teams were the most worried about code written by machines.',
];

const engine = useDraftedEngine('console-survey', 'The Xbox One X and what developers fear', PARAGRAPHS);

describe('a drafted sentence stating a share with no figure of its own', () => {
  it('answers how many with the share it gives', () => {
    const reply = engine().answer('how many fear ai will take their job');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('49% said they fear AI will replace them');
  });

  it('still declines how many of something it gives no amount for', () => {
    expect(engine().answer('how many consoles has microsoft sold').answered).toBe(false);
  });
});
