import { describe, expect, it } from 'vitest';
import { initialismsOf } from '../../src/match/initialisms.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A question may use the initials of a phrase its article spells out: "AQI" for "air quality index", "icc" for the
// International Criminal Court.

describe('initialismsOf', () => {
  const initialisms = initialismsOf([
    'The air quality index in Delhi is 218. The app shows the air quality index for your area.',
    'The International Criminal Court charged him with genocide.',
    'She was working across two teams at the time.',
  ]);

  it('reads the initials of a phrase of three to five words', () => {
    expect(initialisms.get('aqi')).toEqual(['air', 'quality', 'index']);
    expect(initialisms.get('icc')).toEqual(['international', 'criminal', 'court']);
  });

  it('reads none for initials two phrases share, nor for initials that are an English word', () => {
    const shared = initialismsOf([
      'Central Air Transport said so.',
      'Civil Aviation Tribunal ruled.',
      'Grand Park Union.',
    ]);
    expect(shared.get('cat')).toBeUndefined();
    expect(initialismsOf(['Central Aviation Tribunal ruled.', 'Civil Aviation Tribunal ruled.']).get('cat')).toBe(
      undefined,
    );
    expect(shared.get('gpu')).toEqual(['grand', 'park', 'union']);
  });
});

const delhi = useDraftedEngine('delhi-air', 'An oxygen bar in Delhi', [
  'In case you live in Delhi, chances are you have an app or two to find out the latest air quality index in your area.',
  'The oxygen bar charges Rs 299 for fifteen minutes of pure air, its website says.',
  'Also, in case you want to know, the air quality index in Delhi right now is 218, which is in the poor category.',
]);

describe('a question in initials', () => {
  it('is asked about the phrase they stand for', () => {
    const reply = delhi().answer("what's the AQI in delhi right now");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('the air quality index in Delhi right now is 218');
  });
});
