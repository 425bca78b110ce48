import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How did X respond?" asks what X said or did in answer, in whatever words the article gives it. From Mozilla
// Readability's wapo-1 test page: the Washington Post on the attack on Tunisia's Bardo museum.

const tunisia = useDraftedEngine('bardo-attack', 'Attack stokes instability fears in North Africa', [
  'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners, in an assault that threatened to upset the fragile stability of a country seen as the lone success of the Arab Spring.',
  'It was the most deadly terrorist attack in the North African nation in more than a decade. Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations.',
  'In Washington, White House press secretary Josh Earnest condemned the attack and said the U.S. government was willing to assist Tunisian authorities in the investigation.',
  'Tunisia’s current coalition government includes an Ennahda minister in the cabinet. Still, many leftist figures openly oppose collaboration with the movement’s leaders.',
  '“Ennahda is responsible for the current deterioration of the situation, because they were careless with the extremists” while they were in power, Azzouz said.',
  'The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution and our democracy.”',
]);

describe('a question about how someone responded', () => {
  it('is answered by what they said, though the article never calls it a response', () => {
    const reply = tunisia().answer('how did ghannouchi respond');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('will not break our people’s will');
  });

  it('reads "react" the same way', () => {
    const reply = tunisia().answer('how did the white house react');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('willing to assist Tunisian authorities');
  });
});
