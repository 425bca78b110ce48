import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "Where did the crashes happen?" of a drafted briefing: the sentence that puts the crashes in a place answers it,
// though it shares only "crash" with the question. Deadline on Boeing's 737 Max (postlight/parser's deadline.com).
const PARAGRAPHS = [
  'Twitter erupted Monday morning when President Donald Trump shared his branding expertise with Boeing, after American Airlines announced it was cancelling Boeing’s Max 737 flights through mid-August. That after Southwest Airlines, the largest operator of Boeing jets, canceled its Max flights through 5 August.',
  'The U.S. was one of the last countries to ground the plane last month after a second deadly crash in Ethiopia, following by months a crash in Indonesia. Since the second Ethiopian Airlines crash, the stock has plunged 12% and cutting back production, lost 24$ from its market cap.',
  '“What do I know about branding, maybe nothing (but I did become President!),” Trump simpered in a morning tweet.',
  '“[B]ut if I were Boeing, I would FIX the Boeing 737 MAX, add some additional great features, & REBRAND the plane with a new name,” he advised.',
  '“No product has suffered like this one. But again, what the hell do I know?” Trump said which, given his history with defunct Trump Airlines and other projects, triggered shooting-fish-in-barrel responses on Twitter, predictably taking “Trump Airlines” to Top-10 trending status worldwide. Among the responses:',
  'Trump’s tweet:',
  'What do I know about branding, maybe nothing (but I did become President!), but if I were Boeing, I would FIX the Boeing 737 MAX, add some additional great features, & REBRAND the plane with a new name.',
  'No product has suffered like this one. But again, what the hell do I know?',
  '— Donald J. Trump (@realDonaldTrump) April 15, 2019',
];

const engine = useDraftedEngine(
  'boeing-max',
  'Donald Trump Advises Boeing To Rebrand Max 737, Tweeting “But What The Hell Do I Know?”; Twitter Answers',
  PARAGRAPHS,
  { author: 'Lisa de Moraes', outlet: 'Deadline', published: '2019-04-15' },
);

describe('a "where" question of a drafted briefing', () => {
  it('is answered by the sentence that places what it asks about', () => {
    const reply = engine().answer('where did the crashes happen');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('a second deadly crash in Ethiopia, following by months a crash in Indonesia');
  });
});
