import { stemWord } from './lexicon.js';
import { wordLinesOnFirstUse } from './word-list.js';

// "Who directed La La Land?" of "Damien Chazelle, the director behind ... La La Land": a "who" question asks for the
// one who does it, whom an article often names by the agent noun. WordNet's pairs of a verb and its agent noun
// (scripts/agent-nouns.ts writes agent-nouns.json), by the verb's stem, so "directed" and "directs" find "director".

/**
 * Not these: a writer, reporter or publisher is the article's own byline ("who prepared the report" is not asked of
 * "The article is by ..."), and "who does spain play next" asks for no player.
 */
const NOT_ASKED = new Set(['writer', 'reporter', 'publisher', 'editor', 'player', 'runner', 'user']);

const agents = wordLinesOnFirstUse(new URL('./agent-nouns.json', import.meta.url));

/** The agent nouns of a word's verb, read on first use; none for a word that is no such verb. */
export function agentNounsOf(word: string): readonly string[] {
  return (agents().get(stemWord(word)) ?? []).filter((noun) => !NOT_ASKED.has(noun));
}
