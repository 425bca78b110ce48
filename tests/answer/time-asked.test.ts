import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How long does the project promise fixes" asks for a duration, which "for one full calendar year" gives as surely as
// "for 12 months"; "how much time a week should a newsroom spend" asks for time, not money, though it says "spend".

const engine = useDraftedEngine('time-asked', 'QGIS names its first long-term release', [
  "QGIS 2.8 has been labelled a long-term release, the first in the desktop mapping project's history.",
  'Volunteers fixed the bugs in their spare time, and companies paid for some of the work.',
  'The foundation spent $40,000 on the new build servers.',
  'Editors should spend 20 minutes each week going over the coolest online stories.',
  'The project has committed to providing backported bug fixes for one full calendar year.',
]);

describe('a duration with words between the number and its unit', () => {
  it('answers "how long"', () => {
    const reply = engine().answer('how long has the project promised backported bug fixes');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('one full calendar year');
  });

  it('is still no duration where the sentence gives none', () => {
    expect(engine().answer('how long did the volunteers take to fix the bugs').answered).toBe(false);
  });
});

// A student newspaper's editor on Medium (Readability's medium-1 page): its durations written "40+ years" and "for
// years", which "how long" asks for as it does "40 years".
const paper = useDraftedEngine('weekly-paper', 'Why the student paper went online', [
  'Our weekly newspaper had remained essentially unchanged for 40+ years. Each editorial position had the same requirement every year.',
  'The big change happened in the fall, when the print edition lost its biggest advertiser.',
  'The founders had been building relationships with the local shops for years before the launch.',
  'We hired a web editor and two reporters who filed every day.',
]);

describe('a duration written with a plus sign, or as "for years"', () => {
  it('answers "how long"', () => {
    expect(paper().answer('how long had their weekly paper stayed basically the same').answer).toContain(
      'unchanged for 40+ years',
    );
    expect(paper().answer('how long were the founders building relationships with the shops').answer).toContain(
      'with the local shops for years',
    );
  });
});

describe('"how much time ... spend" asks for time, not money', () => {
  it('is answered with the time', () => {
    const reply = engine().answer('how much time a week should editors spend going over online stories');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('20 minutes each week');
  });

  it('leaves "how much did they spend" a question of money', () => {
    const reply = engine().answer('how much did the foundation spend on build servers');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('$40,000');
  });
});
