import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// Drafted entries lean on the sentence before them, so a close runner-up often quotes the chosen entry's sentence
// again. From The Verge's Vision Pro hands-on (among the shared fixture pages): "what did steve jobs say" is met by
// the sentence that quotes him with the one before it, and by the same sentence with the one after it.

const PARAGRAPHS = [
  'I still remember using the iPhone 4 for the first time in 2010. That was when Apple shipped its first-ever Retina display and Steve Jobs said that, once you use it, “you can’t go back.” It was something I couldn’t unsee, like looking through prescription glasses for the first time.',
  'That’s exactly how I felt after a demo of the Apple Vision Pro yesterday at the company’s headquarters in Cupertino, California. A computer you strap to your face should be primarily judged not only by what you can do with it but also by the quality of what you can see through it. The Vision Pro blows away every other headset in this regard. It’s the industry’s Retina display moment. There’s no going back.',
];

const engine = useDraftedEngine(
  'vision-pro',
  'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
  PARAGRAPHS,
);

describe('two drafted sentences quoted together', () => {
  it('read each sentence once, in the order the article gives them', () => {
    const reply = engine().answer('what did steve jobs say about the retina display');
    expect(reply.answered).toBe(true);
    const jobs = 'Steve Jobs said that, once you use it, “you can’t go back.”';
    expect(reply.answer.split(jobs)).toHaveLength(2);
    expect(reply.answer).toBe(
      'I still remember using the iPhone 4 for the first time in 2010. That was when Apple shipped its first-ever Retina display and Steve Jobs said that, once you use it, “you can’t go back.” It was something I couldn’t unsee, like looking through prescription glasses for the first time.',
    );
    expect(reply.citations.map((c) => c.quote)).toEqual([
      'I still remember using the iPhone 4 for the first time in 2010.',
      'That was when Apple shipped its first-ever Retina display and Steve Jobs said that, once you use it, “you can’t go back.”',
      'It was something I couldn’t unsee, like looking through prescription glasses for the first time.',
    ]);
  });
});
