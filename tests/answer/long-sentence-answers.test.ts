import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// The drafted sentence that answers is often a long one, full of words nobody asked about, beside a short one that
// shares the question's name. From Yahoo's "8 coolest PlayStation VR games" (among Mozilla Readability's test pages):
// each game's heading is a line of its own with its price, and the review under it says what playing it is like.

const PARAGRAPHS = [
  '“RIGS: Mechanized Combat League” ($50)',
  'Giant mechs + sports? That’s the gist of this robotic blast-a-thon, which pits two teams of three against one another in gorgeous, explosive and downright fun VR combat. At its best, “RIGS” marries the thrill of fast-paced competitive shooters with the insanity of piloting a giant mech in VR. It can, however, be one of the barfier PSVR games. So pack your Dramamine, you’re going to have to ease yourself into this one.',
  '“Batman Arkham VR” ($20)',
  '“I’m Batman,” you will say. And you’ll actually be right this time, because you are Batman in this detective yarn, and you know this because you actually grab the famous cowl and mask, stick it on your head, and stare into the mirrored reflection of Rocksteady Games’ impressive Dark Knight character model. It lacks the action of its fellow “Arkham” games and runs disappointingly short, but it’s a high-quality experience that really shows off how powerfully immersive VR can be.',
  '“Job Simulator” ($30)',
  'There are a number of good VR ports in the PSVR launch lineup, but the HTC Vive launch game “Job Simulator” might be the best. Your task? Lots of tasks, actually, from cooking food to fixing cars to working in an office, all for robots, because did I mention you were in the future? Infinitely charming and surprisingly challenging, it’s a great showpiece for VR.',
];

const engine = useDraftedEngine('psvr', 'These are the 8 coolest PlayStation VR games', PARAGRAPHS);

describe('a long drafted sentence', () => {
  it('answers what it covers, over a short heading that only names the game', () => {
    const reply = engine().answer("how does arkham vr make you feel like you're actually batman");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('you actually grab the famous cowl and mask');
  });

  it('leaves a question the short line answers to the short line', () => {
    const reply = engine().answer('how much is batman arkham vr');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^(?:[^.]*: )?“Batman Arkham VR” \(\$20\)/);
  });
});

// "cost" asks for the price, a kind of answer, so it is no topic word the article fails to use.
describe('a question asking what something costs', () => {
  it('is answered by the line that gives its price', () => {
    const reply = engine().answer('what does job simulator cost');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^(?:[^.]*: )?“Job Simulator” \(\$30\)/);
  });
});
