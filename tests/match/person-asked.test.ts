import { describe, expect, it } from 'vitest';
import { personWordsIn } from '../../src/match/people-named.js';
import { asksForPerson, isPersonNoun } from '../../src/match/person-asked.js';

// Which questions ask for a person by what they are (WordNet's nouns for kinds of person, scripts/person-nouns.ts),
// and which words of a sentence are people's names.

describe('a question asking for a kind of person', () => {
  it('is one that asks the name of a wife, a sheriff, astronauts, or who the organizer was', () => {
    for (const q of [
      'what s the name of yoon wife',
      'what are the names of the nasa astronauts on the station',
      'what was obama father name',
      'who was the conference organizer that swapped in the butterfly',
      'who is the ceo of verizon',
    ])
      expect(asksForPerson(q), q).toBe(true);
  });

  it('is not one asking for the name of a thing, a company or a place, "which" anything or people in plural', () => {
    for (const q of [
      'what was the name of smith little magazine',
      'what is the company called',
      'which us player is temu level with',
      'who owns tiktok',
      'who are the other investors in the new entity',
    ])
      expect(asksForPerson(q), q).toBe(false);
  });

  it('knows kinds of person, not words that are adjectives or mostly something else', () => {
    expect(['wife', 'sheriff', 'optometrist', 'gunmen', 'wives'].every(isPersonNoun)).toBe(true);
    expect(['official', 'italian', 'browser', 'coach', 'company'].some(isPersonNoun)).toBe(false);
  });
});

describe('the people a sentence names', () => {
  it('are read from given names, titles, who said what, kinds of person before a name and handles', () => {
    expect([...personWordsIn('Her mother, Fiona, said the drug was in her system.')]).toContain('fiona');
    expect([...personWordsIn('Mr Obama was speaking to the BBC.')]).toContain('obama');
    expect([...personWordsIn('“It could have repercussions,” Azzouz said.')]).toContain('azzouz');
    expect([...personWordsIn('Morton County sheriff Kyle Kirchmeier declined.')]).toEqual(
      expect.arrayContaining(['kyle', 'kirchmeier']),
    );
    expect([...personWordsIn('Both @s_bielefeld and I wrote critiques.')]).toContain('s_bielefeld');
  });

  it('are none in a sentence naming only a party and a place', () => {
    expect([...personWordsIn('The Democratic Party met in Seoul on Friday.')]).toEqual([]);
  });
});
