import { wordListOnFirstUse } from './word-list.js';

// "What's the name of Yoon's wife?", "who was the conference organizer that swapped in the butterfly?": the question
// asks for a person by what they are, so only a sentence that names someone it does not (see people-named.ts) answers
// it. The nouns that name a kind of person come from WordNet (scripts/person-nouns.ts).

const personNouns = wordListOnFirstUse(new URL('./person-nouns.json', import.meta.url));

/** "gunmen", "astronauts", "wives": the word WordNet lists, whatever the plural. */
export function isPersonNoun(word: string): boolean {
  const nouns = personNouns();
  if (nouns.has(word)) return true;
  const singular = word.endsWith('men')
    ? `${word.slice(0, -3)}man`
    : word.endsWith('ves')
      ? `${word.slice(0, -3)}fe`
      : word.endsWith('ies')
        ? `${word.slice(0, -3)}y`
        : word.replace(/s$/, '');
  return singular !== word && nouns.has(singular);
}

const NOUN_END_WORDS = `that who whom whose which in at on for from with behind did does do is was were are has had got again
  now here there`;

/**
 * Where the noun asked about ends, as a lookahead: a word that starts the rest of the question (these, and `more`), or
 * its end.
 */
export function nounEnds(more = ''): string {
  return String.raw`(?= (?:${`${NOUN_END_WORDS} ${more}`.trim().split(/\s+/).join('|')})\b| ?\??$)`;
}
const NOUN_ENDS = nounEnds();

/**
 * The noun a question asks a name for, last word of what it says: "what are the names of the nasa astronauts on the
 * station", "what was obama's father's name" (possessives already dropped), "who is the ceo of verizon". Not "which
 * ...": "which us player" asks for a company as often as for a person, and "which" already wants a name (score.ts).
 */
const WHO_IS_THE =
  /\bwho (?:is|was|are|were|s) (?:the|a|an) ((?:[a-z-]+ ){0,2}?[a-z-]+)(?= (?:that|who|which|of|at|in|for|on|behind)\b| ?\??$)/g;
const ASKED_NOUN = [
  new RegExp(
    String.raw`\bnames? of (?:the |his |her |their |its |that |this |a |an )?((?:[a-z-]+ ){0,3}?[a-z-]+)${NOUN_ENDS}`,
    'g',
  ),
  /\bwhat (?:is |was |are |were )?(?:the |his |her |their |its )?((?:[a-z-]+ ){0,3}[a-z-]+) (?:names?|called)\b/g,
  WHO_IS_THE,
];

/** Whether a (normalised) question asks for the name of a kind of person. */
export function asksForPerson(normalised: string): boolean {
  if (!normalised.includes('name') && !normalised.includes('call') && !normalised.includes('who')) return false;
  return ASKED_NOUN.some((pattern) =>
    [...normalised.matchAll(pattern)].some((match) => {
      const noun = match[1].split(' ').at(-1) ?? '';
      // "who are the other investors in the new entity": people in plural are often companies ("investors", "rivals");
      // one asked for by name is a person ("who was the organizer", "the names of the astronauts").
      return pattern === WHO_IS_THE ? personNouns().has(noun) : isPersonNoun(noun);
    }),
  );
}
