import { wordLinesOnFirstUse } from './word-list.js';

// A people's word and its place are one name to a reader: an article that says "Canada" is asked about "the canadian
// options", one that says "European" is asked "what's his line on europe". The pairs are WordNet's (a people's
// adjective pertains to its place, its native is a member of it): scripts/demonyms.ts writes demonyms.json.

/** Words that put what follows as a place: after them a place is where, not whose. */
const PLACING = new Set([
  'in',
  'at',
  'from',
  'to',
  'into',
  'near',
  'across',
  'throughout',
  'within',
  'outside',
  'inside',
]);

const lines = wordLinesOnFirstUse(new URL('./demonyms.json', import.meta.url));
let pairs: { placeOf: ReadonlyMap<string, string>; peopleOf: ReadonlyMap<string, readonly string[]> } | undefined;

/** Read on first use: most questions use only words their briefing has. */
function demonyms() {
  if (!pairs) {
    const placeOf = new Map([...lines()].map(([word, place]) => [word, place.join(' ')]));
    const peopleOf = new Map<string, string[]>();
    for (const [word, name] of placeOf) peopleOf.set(name, [...(peopleOf.get(name) ?? []), word]);
    pairs = { placeOf, peopleOf };
  }
  return pairs;
}

/**
 * The briefing's words for the place a people's word names ("canadian" -> ["canada"]), or for the people of a place
 * it names ("europe" -> ["european"]), but not a place said as where ("in egypt"); undefined when the briefing says
 * neither. `before` is the word typed before it: "south africa" is another place than Africa, whose people an article
 * about Kenya calls "African".
 */
export function sameNameInPack(word: string, inPack: (word: string) => boolean, before = ''): string[] | undefined {
  const { placeOf, peopleOf } = demonyms();
  if (peopleOf.has(`${before} ${word}`)) return undefined;
  const place = placeOf.get(word)?.split(' ');
  if (place?.every(inPack)) return place;
  // "beheaded in egypt" asks where, which "Egyptian Copts" does not say; "the europe desk" is about Europe.
  if (PLACING.has(before)) return undefined;
  const people = peopleOf.get(word)?.find(inPack);
  return people === undefined ? undefined : [people];
}
