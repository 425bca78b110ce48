import { packWordsBy } from './pack-stems.js';

// British and American spellings of one word: "organisation" / "organization", "defence" / "defense", "colour" /
// "color", "centre" / "center", "travelled" / "traveled", "catalogue" / "catalog", "programme" / "program". A question
// may spell a word the other way from its article, and neither is a typo, so the spelling corrector leaves both alone.
// Both sides are read in one spelling, the American, and a question's word the briefing lacks is read as the
// briefing's word of the same spelling. The endings are the regular correspondences (Oxford's and Merriam-Webster's
// spelling notes); a word that only looks like one ("promise", "course") is rewritten on both sides alike, so it still
// meets only itself.

const RESPELLINGS: readonly [RegExp, string][] = [
  // organise, organisation, organised, organising, organiser
  [/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1'],
  // analyse, paralysed
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  // colour, colours, coloured, colourful, favourite, honourable, behaviour, neighbourhood
  [/our(s|ed|ing|ite|ites|able|ful|er|ers|hood|hoods)?$/, 'or$1'],
  // centre, theatres, metre, fibre (not "store", "entire", "figure")
  [/([^aeiou])re(s)?$/, '$1er$2'],
  // defence, licence, offences
  [/ence(s)?$/, 'ense$1'],
  // catalogue, dialogues
  [/ogue(s)?$/, 'og$1'],
  // programme, programmes
  [/amme(s)?$/, 'am$1'],
  // travelled, modelling, traveller, counsellor: the doubled l of an ending after two syllables (not "filling",
  // "spelling", "smaller")
  [/([a-z]{3}[aeiou])ll(ed|ing|er|ers|or|ors|ous)$/, '$1l$2'],
];

/** A word of five letters or more in its American spelling, by the endings above; any other word as it is. */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  let spelt = word;
  for (const [ending, american] of RESPELLINGS) spelt = spelt.replace(ending, american);
  return spelt;
}

/**
 * The pack's words by their American spelling: "defence" -> "defense" when the article writes "defense", and the
 * other way round.
 */
export function packWordsBySpelling(vocabulary: readonly string[]): () => ReadonlyMap<string, string> {
  return packWordsBy(vocabulary, 5, americanSpelling);
}
