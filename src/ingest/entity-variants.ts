import { isEnglishWord } from '../match/common-words.js';
import { escapeRegExp } from '../match/escape-regexp.js';
import type { DraftEntity } from './draft-entity.js';
import { isFirstName } from './first-names.js';
import { knownGroupOf } from './known-names.js';
import { isTitle, keyOf, looksLikePerson, namesAfter, ORG_WORDS } from './name-words.js';

// The other names a found entity goes by, beyond the forms the article writes: the names every reader knows are the
// same, the title the article gives a person, their surname alone, the maker a product is part of; and no term left
// naming two entities.

/**
 * "Dropbox ATF", "Apple Vision Pro": a name that starts with another entity's is that one's product or part, so a
 * question about Dropbox is answered by what the article says of Dropbox ATF. Not an organisation named after it
 * ("New York University"), nor anything named after a place every reader knows ("New York Knicks"), nor a person's.
 */
export function addParts(entities: DraftEntity[]): DraftEntity[] {
  return entities.map((entity) => {
    const whole = entities.find(
      (other) =>
        other !== entity &&
        !other.person &&
        !entity.person &&
        entity.name.startsWith(`${other.name} `) &&
        !namesAfter(entity.name, other.name) &&
        !knownGroupOf(other.name),
    );
    return whole ? { ...entity, partOf: whole.id } : entity;
  });
}

/** "U.K." -> also "Britain", "United Kingdom": names every reader knows are the same (see known-names.ts). */
export function addKnownNames(entities: DraftEntity[], text: string): void {
  for (const entity of entities) {
    const group = [entity.name, ...entity.terms].map(knownGroupOf).find(Boolean);
    if (!group) continue;
    const have = new Set([entity.name, ...entity.terms].map(keyOf));
    for (const name of group)
      if (!have.has(keyOf(name)) && (!isProse(name) || text.includes(name))) entity.terms.push(name);
  }
}

/**
 * "the States", "the Fed": a form that reads as prose in lower case, as questions and matching read it. Such a form
 * names the country only in an article that writes it so: elsewhere "the state later waived that penalty" is
 * California, not the United States.
 */
function isProse(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words[0] === 'the' && words.every((word) => isEnglishWord(word));
}

/**
 * "Attorney-General George Brandis" is "Brandis" to a reader, though the article never writes him so: a person's
 * surname names them when no other person has it and it is no word the article uses in lower case, English word or not
 * ("who is pierce" for David Pierce, "what did warner say" for Mark Warner: 3 more right and 6 fewer wrong answers over
 * the drafted sets than when English words were left out).
 */
export function addSurnames(entities: DraftEntity[], lowerSeen: ReadonlySet<string>): void {
  const surnameOf = (e: DraftEntity) => {
    const words = e.name.split(' ');
    return words.length > 1 ? words[words.length - 1] : undefined;
  };
  // A person the article quotes or titles, or a name that starts with a given name ("Trent Hamm at The Simple Dollar"),
  // or ends in a word that is no English word: "Cristian Garin", "Reilly Opelka", whose given names the list lacks, in
  // a sports report that quotes neither ("Western Wall" still names no "Wall"). Drafted sets: +1 right, -1 wrong; four
  // sports reports: +2 right.
  const people = entities.filter(
    (e) =>
      e.person ||
      (looksLikePerson(e.name) &&
        !ORG_WORDS.test(e.name) &&
        (isFirstName(e.name.split(' ')[0]) || !isEnglishWord((surnameOf(e) ?? '').toLowerCase()))),
  );
  for (const person of people) {
    const surname = surnameOf(person);
    if (!surname || surname.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(surname) || lowerSeen.has(surname.toLowerCase()))
      continue;
    if (people.some((other) => other !== person && surnameOf(other) === surname)) continue;
    if (!person.terms.includes(surname)) person.terms.push(surname);
  }
}

/** "President Barack Obama" and no other president: "the president" is Obama too. */
export function addRoleNames(entities: DraftEntity[], text: string): void {
  const people = entities.filter((e) => e.person);
  const titled = new Map<string, DraftEntity[]>();
  for (const person of people) {
    const forms = [person.name, ...person.terms].map(escapeRegExp).join('|');
    for (const match of text.matchAll(new RegExp(`\\b([A-Z][a-z]+(?:-[A-Za-z]+)*)\\.?\\s+(?:${forms})\\b`, 'g'))) {
      const title = match[1].toLowerCase();
      if (!isTitle(title) || title.length < 3) continue;
      const list = titled.get(title) ?? [];
      if (!list.includes(person)) list.push(person);
      titled.set(title, list);
    }
  }
  for (const [title, list] of titled) {
    if (list.length !== 1) continue;
    list[0].terms.push(`the ${title}`, `The ${title}`);
    if (title.includes('-')) list[0].terms.push(`the ${title.replaceAll('-', ' ')}`);
  }
}

/** No term may name two entities (the loader refuses it): a term claimed twice stays with the more mentioned one. */
export function removeClashes(entities: DraftEntity[]): DraftEntity[] {
  const owner = new Map<string, string>();
  for (const e of entities) {
    for (const term of [e.name, ...e.terms]) {
      const key = keyOf(term);
      if (!owner.has(key)) owner.set(key, e.id);
    }
  }
  return entities
    .filter((e) => owner.get(keyOf(e.name)) === e.id)
    .map((e) => ({ ...e, terms: e.terms.filter((t) => owner.get(keyOf(t)) === e.id) }));
}
