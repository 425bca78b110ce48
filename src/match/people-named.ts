import { isFirstName } from '../ingest/first-names.js';
import { isPersonNoun } from './person-asked.js';

// The people a sentence names, as the words of their names in lower case, so that "what's the name of yoon's wife"
// is not answered by a sentence whose only person is Yoon (see person-asked.ts). Read from how news writes a person: a
// given name ("Fiona", "Kyle Kirchmeier"), a title ("Mr Obama", "Dr. Dempsey"), a kind of person before the name
// ("sheriff Kyle Kirchmeier"), a name that says something ("Azzouz said", "according to Wang Zheng"), "someone named
// Man Haron Monis", and a handle ("@s_bielefeld").

/** One to three capitalised words: a name as news writes it. */
const NAME = String.raw`[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]+){0,2}`;
const NAME_AFTER = [
  new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Sir|Dame|Judge|Justice|Coach)\.? (${NAME})`, 'gu'),
  new RegExp(String.raw`\b(?:said|says|according to|named) (${NAME})`, 'gu'),
];
const SPEAKER = new RegExp(
  String.raw`\b(${NAME}),? (?:said|says|told|added|wrote|writes|explained|argued|noted)\b`,
  'gu',
);
const KIND_THEN_NAME = new RegExp(String.raw`\b([A-Za-z]+) (${NAME})`, 'gu');
const GIVEN_NAME = /\b([A-Z][a-z]+)\b(?: ([A-Z][\p{L}'’-]+))?/gu;

/** The words of the names of the people a text names, in lower case. */
export function personWordsIn(text: string): Set<string> {
  const words = new Set<string>();
  const add = (name: string) => {
    for (const word of name.split(' ')) words.add(word.toLowerCase().replace(/['’]s$/, ''));
  };
  for (const pattern of NAME_AFTER) for (const match of text.matchAll(pattern)) add(match[1]);
  for (const match of text.matchAll(SPEAKER)) add(match[1]);
  for (const match of text.matchAll(KIND_THEN_NAME)) if (isPersonNoun(match[1].toLowerCase())) add(match[2]);
  for (const match of text.matchAll(GIVEN_NAME)) if (isFirstName(match[1])) add(match[0]);
  for (const match of text.matchAll(/@(\w{2,})/g)) add(match[1]);
  return words;
}
