import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A briefing about a film's songs is asked about its songs: "song" there is the topic, not a request for one, and the
// byline says who wrote the article, not who wrote the songs. From Rolling Stone's story of how La La Land was made
// (among Postlight Parser's test pages).

const PARAGRAPHS = [
  'And then came Chazelle’s 2014 drumming drama Whiplash, which made him an Academy-Award nominee and an unexpected hot property. If there was ever a time for the gents to make their Technicolor dream project, it was now.',
  '“He had some big set pieces in mind already,” Hurwitz says, citing the freeway opening, a magical dance scene at Griffith Observatory and the breathtaking fantasy montage that ends the film as being key elements from the get-go. “So the first thing I came up with an instrumental we called ‘Mia and Sebastian’s Theme,’ which we knew had to carry a lot of those sequences. Then it was just me making piano demo after piano demo for Damien, until we come across the right melody.” The composer takes a deep breath. “I made over 1,900 demos for this movie. We throw out lots of material.” Songs like “Audition (The Fools Who Dream)” came “fairly quickly”; the deceptively minimal-sounding, Chet Baker-ish “City of Stars” was “one of those that went through many demos. And I do mean many.“',
  'As songs started to come together, Chazelle kept writing script drafts and refining his idea for the story as the music pointed things in different directions.',
];

const engine = useDraftedEngine(
  'la-la-land',
  '‘La La Land’: How a Young Filmmaker Resurrected the Hollywood Musical',
  PARAGRAPHS,
  {
    author: 'David Fear',
    outlet: 'Rolling Stone',
  },
);

describe('a briefing about songs', () => {
  it('answers a question about its songs', () => {
    const reply = engine().answer('which song went through a ton of demos');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('“City of Stars” was “one of those that went through many demos.');
  });

  it('still reads a request for a song or a joke as small talk', () => {
    for (const q of ['sing me a song', 'tell me a joke', 'write me a song about la la land'])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('does not name the article’s writer as the writer of its songs', () => {
    for (const q of ['who wrote the songs', 'who wrote the music', 'who wrote the score'])
      expect(engine().answer(q).answer, q).not.toContain('David Fear');
    expect(engine().answer('who wrote this one').answer).toContain('David Fear');
  });
});
