import { describe, expect, it } from 'vitest';
import { answerKindsIn } from '../../src/match/build-index.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From AP's report of a lost Russian cargo ship (Mozilla Readability's yahoo-2 page).
const engine = useDraftedEngine(
  'what-time',
  'Russian cargo spaceship breaks up in atmosphere',
  [
    'The unmanned Russian cargo space ship Progress MS-04 broke up in the atmosphere over Siberia on Thursday, just minutes after the launch.',
    'The Progress cargo ship had launched as scheduled at 8:51 p.m. (1451 GMT) from Russia’s launch complex in Baikonur, Kazakhstan.',
    'Orbital ATK, NASA’s other shipper, successfully launched supplies to the space station in October.',
  ],
  { author: 'Vladimir Isachenkov', outlet: 'Associated Press' },
);

describe('"what time"', () => {
  it('is answered by a sentence that gives a time of day', () => {
    expect(engine().answer('what time did the progress launch').answer).toContain('8:51 p.m.');
  });

  it('is not answered by one that gives only a month', () => {
    expect(engine().answer('what time did orbital atk launch its supplies').answered).toBe(false);
  });
});

describe('"as scheduled"', () => {
  it('says nothing is still to come, where "is scheduled" does', () => {
    expect(answerKindsIn('The ship had lifted off as scheduled at 8:51 p.m.')).not.toContain('future');
    expect(answerKindsIn('The next launch is scheduled for February.')).toContain('future');
  });
});
