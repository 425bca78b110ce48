import { stemWord } from './lexicon.js';
import { isPersonNoun, nounEnds } from './person-asked.js';

// "What was the name of the cafe?", "what's the name of the car dealership": the question asks for the name of a
// thing, which a sentence that speaks of it only as "a Sydney café" or "employees of a car dealership" does not give.
// A sentence that names it writes the noun as part of the name ("Emanuel African Methodist Episcopal Church"), puts
// the name after it ("his books on tarot: Tarot Cards for Fun and Fortune Telling", "the film “Whiplash”"), or never
// uses the noun at all ("Hicks opened Shutter Bug in 2015"), and so still answers. A person asked for by what they
// are is person-asked.ts's.

/** Where the thing asked about ends: also before "where", "by", "about" or a pronoun ("the hotel where he stayed"). */
const NOUN_ENDS = nounEnds('where when by about he she they it i we you');
const NAME_OF = new RegExp(
  String.raw`\bnames? of (?:the |his |her |their |its |that |this |a |an )?((?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+)${NOUN_ENDS}`,
);

/** The stem of the thing a (normalised) question asks the name of, or undefined: "cafe" of "what was the name of the cafe". */
export function thingNameAsked(normalised: string): string | undefined {
  const noun = NAME_OF.exec(normalised)?.[1].split(' ').at(-1);
  if (noun === undefined || noun.length < 3 || isPersonNoun(noun)) return undefined;
  return stemWord(noun);
}

/** How far after the noun a name that names it may stand ("the tool, called God View"). */
const NAME_WITHIN = 5;
const NAMING_WORD = /^(?:called|named|dubbed|titled|known|as|name)$/i;
/** Words between a noun and the name after it: "her own magazine, The Green Sheaf". */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|\()$/i;

/**
 * Whether a text speaks of the thing asked only as a kind of thing: it uses the noun, never as part of a name, and
 * no name, number or quotation follows it closely. `asked` holds the question's own words, which name nothing new.
 */
export function mentionsOnlyUnnamed(text: string, noun: string, asked: ReadonlySet<string>): boolean {
  // The headline above a summary is read apart from the sentences under it.
  const said = text.split(/\n+/).map((line) => speaksOf(line, noun, asked));
  return said.includes('unnamed') && !said.includes('named');
}

function speaksOf(text: string, noun: string, asked: ReadonlySet<string>): 'named' | 'unnamed' | 'not' {
  const tokens =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}'’&.-]+|[“"‘(:;]/gu) ?? [];
  // A headline in title case ("Jury Finds Dylann Roof Guilty In S.C. Church Shooting") capitalises every word.
  const words = tokens.filter((token) => /^\p{L}/u.test(token));
  const titleCase = words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6;
  const sentenceStart = (i: number) => i === 0 || /[.!?]$/.test(tokens[i - 1]);
  const word = (token: string) =>
    token
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/\.$/, '');
  const names = (i: number) => {
    const token = tokens[i];
    if (/^[“"‘]$/.test(token)) return true;
    if (titleCase) return /^\p{N}/u.test(token);
    if (!/^[\p{Lu}\p{N}]/u.test(token) || sentenceStart(i)) return false;
    return DETERMINER.test(token) || !asked.has(word(token));
  };
  let mentioned = false;
  for (const [i, token] of tokens.entries()) {
    if (!/^\p{L}/u.test(token) || stemWord(word(token)) !== noun) continue;
    // "Emanuel African Methodist Episcopal Church": the noun is part of a name.
    if (/^\p{Lu}/u.test(token) && !sentenceStart(i) && !titleCase) return 'named';
    mentioned = true;
    // Right after it ("the film “Whiplash”", "a restaurant, Nobu,"), or after a colon or "called" ("books on tarot:
    // Tarot Cards for Fun", "a tool, with the Orwellian name the “God View,”"); not further on ("a café that was located
    // in Sydney’s Central Business District": a place).
    let next = true;
    for (let j = i + 1, left = NAME_WITHIN; j < tokens.length && left > 0; j++, left--) {
      if (/[.!?;]$/.test(tokens[j - 1])) break;
      if (next && names(j)) return 'named';
      if (tokens[j] === ':' || NAMING_WORD.test(tokens[j])) {
        next = true;
        left = NAME_WITHIN;
      } else next &&= DETERMINER.test(tokens[j]);
    }
  }
  return mentioned ? 'unnamed' : 'not';
}
