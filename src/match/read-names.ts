import type { EntryIndex } from './build-index.js';
import { isCapitalPlaceholder, isEntityTerm } from './lexicon.js';
import { isPlaceName } from './place-names.js';
import { LIGHT_ENGLISH_WORDS } from './stopwords.js';
import { weighQuestion } from './weigh-question.js';

// What a question names, as the matcher reads it, for the conversation layer: "where does he work?" after "who is
// Jian Xu?" needs to know that Jian Xu is the name the first question gave, and that it is no place ("who else is
// expanding there?" points at a place instead).

export type NamedThing = {
  /** The pack's name for it ("Jian Xu" for "xu"), or the word as typed for a name the pack does not know. */
  name: string;
  /** As the text has it (lower case), to find it there again. */
  surface: string;
  place: boolean;
  known: boolean;
};

export type NamesReading = {
  /** Named things in the order the text names them. */
  names: NamedThing[];
  /** Known topic words and concepts that are no names ("language barriers", "GMV"), as typed. */
  topics: string[];
  /** Any word of its own that says what it is about, known to the pack or not ("lunch", "married", "GMV"). */
  hasOwnWords: boolean;
};

// Continents and the names of the US that CLDR's country list leaves out (see place-names.ts).
const MORE_PLACE_WORDS = new Set(['asia', 'europe', 'africa', 'america', 'americas', 'oceania', 'usa', 'us']);

export function readNames(index: EntryIndex, text: string): NamesReading {
  const { weighted, unknownKeys } = weighQuestion(index, text);
  const names: NamedThing[] = [];
  const seen = new Set<string>();
  for (const t of weighted) {
    if (t.kind !== 'entity' || seen.has(t.term)) continue;
    seen.add(t.term);
    const name = index.lexicon.names.get(t.term) ?? t.surface;
    names.push({ name, surface: typedAs(index, t.surface), place: isPlaceEntity(index, t.term), known: true });
  }
  for (const key of unknownKeys)
    if (key.kind === 'name' && !seen.has(key.surface)) {
      seen.add(key.surface);
      names.push({ name: key.surface, surface: key.surface, place: isPlaceName(key.surface), known: false });
    }
  const topics = weighted
    .filter((t) => t.known && (t.kind === 'concept' || t.kind === 'word') && !isLight(t.kind, t.surface))
    .map((t) => t.surface);
  const hasOwnWords = weighted.some((t) => t.kind !== 'intent' && !isLight(t.kind, t.surface));
  return { names, topics, hasOwnWords };
}

/** A capital-only alias is read as a placeholder word ("US" -> capitalalias2): give back what was typed. */
function typedAs(index: EntryIndex, surface: string): string {
  if (!isCapitalPlaceholder(surface)) return surface;
  const alias = index.lexicon.capitalOnly.find((c) => c.placeholder === surface);
  return alias ? alias.term : surface;
}

const isLight = (kind: string, surface: string) => kind === 'word' && LIGHT_ENGLISH_WORDS.has(surface);

const placesByIndex = new WeakMap<EntryIndex, ReadonlySet<string>>();

/** An entity is a place when one of the words people call it by is a place ("Malaysia", "SE Asia", "USA"). */
function isPlaceEntity(index: EntryIndex, term: string): boolean {
  let places = placesByIndex.get(index);
  if (!places) {
    const found = new Set<string>();
    const isPlaceWord = (w: string) => isPlaceName(w) || MORE_PLACE_WORDS.has(w);
    // The name people read ("Southeast Asia"), or an alias that is one place word ("USA"); not any word of an alias
    // ("Xiao Hong Shu" is no place for its "hong"). Alias words are stemmed ("singapor"); the name is not.
    for (const [concept, name] of index.lexicon.names)
      if (
        isEntityTerm(concept) &&
        name
          .toLowerCase()
          .split(/[^a-z]+/)
          .some(isPlaceWord)
      )
        found.add(concept);
    for (const list of index.lexicon.phrases.values())
      for (const { words, concept } of list)
        if (isEntityTerm(concept) && words.length === 1 && isPlaceWord(words[0])) found.add(concept);
    places = found;
    placesByIndex.set(index, places);
  }
  return places.has(term);
}
