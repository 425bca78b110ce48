import { describe, expect, it } from 'vitest';
import { sameNameInPack } from '../../src/match/demonyms.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A people's word and its place are one name to a reader (WordNet's pairs, src/match/demonyms.json).

describe('a people and its place', () => {
  const packSays =
    (...words: string[]) =>
    (word: string) =>
      words.includes(word);

  it("read as the briefing's word for either", () => {
    expect(sameNameInPack('canadian', packSays('canada'))).toEqual(['canada']);
    expect(sameNameInPack('canadians', packSays('canada'))).toEqual(['canada']);
    expect(sameNameInPack('africa', packSays('african'))).toEqual(['african']);
    expect(sameNameInPack('canadian', packSays('toronto'))).toBeUndefined();
  });

  it('but not the second word of another place ("south africa"), nor a place said as where ("in egypt")', () => {
    expect(sameNameInPack('africa', packSays('african'), 'south')).toBeUndefined();
    expect(sameNameInPack('africa', packSays('african'), 'about')).toEqual(['african']);
    expect(sameNameInPack('egypt', packSays('egyptian'), 'in')).toBeUndefined();
  });
});

// From a Medium post on student newsrooms (medium-1) and the BBC's interview with Obama before his trip to Kenya
// (bbc-1), among Mozilla Readability's test pages.
const engine = useDraftedEngine('internships', 'The Open Journalism Project', [
  'Lack of mentorship is still a big problem. Google’s fellowship program is great. The fact that it only caters to United States students isn’t. There are only a handful of internships in Canada where students interested in journalism can get experience writing code and building interactive stories.',
  'The president also admitted that some African governments, including Kenya’s, needed to improve their records on human rights and democracy. However, he defended his decision to engage with and visit those governments.',
]);

describe('a question that names a people where the article names the place, or the other way round', () => {
  it('is answered from the sentence that names it', () => {
    const canadian = engine().answer('are there any canadian internships');
    expect(canadian.answer).toContain('There are only a handful of internships in Canada');
    const africa = engine().answer("what did he say about africa's governments and human rights");
    expect(africa.answer).toContain('some African governments, including Kenya’s');
  });

  it('is not answered about another place of that name', () => {
    expect(engine().answer('is he visiting south africa too').answered).toBe(false);
  });
});
