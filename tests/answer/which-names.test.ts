import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "Which companies ...?" asks for names. A drafted sentence that talks about the companies without naming them is a
// near miss, not the answer; one that names them answers.

const engine = useDraftedEngine('which-names', 'An ad standards body launches a programme', [
  'The Interactive Advertising Bureau said on Monday that it was launching a new programme for lighter online ads.',
  'Several member companies have already signed on to the programme, the bureau said, without giving their names.',
  'The programme will be tested first in Berlin and Toronto, two cities with large advertising markets.',
  'The bureau will also publish a free browser extension that blocks heavy ads.',
]);

describe('a "which" question asks for a name', () => {
  it('is declined when the sentence only talks about them', () => {
    expect(engine().answer('which member companies signed on to the programme').answered).toBe(false);
  });

  it('is declined when the question gives their number and the sentence names none', () => {
    expect(engine().answer('which 3 member companies signed on to the programme').answered).toBe(false);
  });

  it('is answered when a sentence names them', () => {
    expect(engine().answer('which two cities will test the programme first').answer).toContain('Berlin and Toronto');
    const reply = engine().answer('which cities will test the programme first');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Berlin and Toronto');
  });

  it('"what\'s it called" and "what\'s the name of" ask for a name too', () => {
    for (const q of ["what's the name of the browser extension", "what's the browser extension called"])
      expect(engine().answer(q).answered, q).toBe(false);
    expect(engine().answer('what will the bureau publish for browsers').answered).toBe(true);
  });

  it('"which day" asks for a day, not a name', () => {
    expect(engine().answer('which day did the bureau launch the programme').answered).toBe(true);
  });
});

describe('a company named as two English words run together', () => {
  it('is another company when the article uses neither word, and the question is declined', () => {
    // "Dropbox" is "drop" + "box", "Albertsons" "albert" + "sons": English words, yet no compound the article uses.
    for (const q of ['did dropbox sign on to the programme too', 'is albertsons testing the programme in berlin'])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it("is a word of the article run together when it joins one of the article's words", () => {
    const reply = engine().answer('what did the bureau launch for lighter onlineads');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('a new programme for lighter online ads');
  });
});

describe('"what did <someone> say" names whoever said it', () => {
  it('is declined when the speaker, of one word or several, is nobody the article quotes', () => {
    for (const q of [
      'what did the pope say about the new programme for lighter online ads',
      'what did the french president say about the new programme for lighter online ads',
      'what did mg siegler write about the new programme for lighter online ads',
    ])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('is answered when the article quotes them, or when the article itself is asked', () => {
    expect(engine().answer('what did the bureau say about member companies').answer).toContain(
      'Several member companies have already signed on',
    );
    expect(engine().answer('what does the post say about member companies').answered).toBe(true);
  });
});

describe('the one word a yes/no question asks about ("does safari support ...")', () => {
  it('is a name, and one the article never uses is another company: declined', () => {
    for (const q of [
      'does safari support the new programme for lighter online ads',
      'did twitter sign on to the programme for lighter online ads',
      'how is twitter responding to the new programme for lighter online ads',
    ])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('is answered when the article names it', () => {
    const reply = engine().answer('did berlin test the programme first');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Berlin and Toronto');
  });
});
