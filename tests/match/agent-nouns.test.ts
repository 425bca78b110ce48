import { describe, expect, it } from 'vitest';
import { agentNounsOf } from '../../src/match/agent-nouns.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "Who directed it?" of "the director behind it": a "who" question asks for the one who does it, whom an article
// often names by the agent noun (WordNet's pairs, src/match/agent-nouns.json).

describe('agent nouns', () => {
  it('are read by the verb, however it is inflected, but never as the byline or a player', () => {
    expect(agentNounsOf('directed')).toContain('director');
    expect(agentNounsOf('leads')).toContain('leader');
    expect(agentNounsOf('founded')).toContain('founder');
    expect(agentNounsOf('reported')).not.toContain('reporter');
    expect(agentNounsOf('play')).not.toContain('player');
  });
});

// From a round-up of films (videos-1) and the Washington Post on Tunisia (wapo-1), among Mozilla Readability's pages.
const engine = useDraftedEngine(
  'directors',
  'The best films of the year',
  [
    'Dunkirk, a true cinematic achievement from acclaimed director Christopher Nolan, backs off conventional notions of narrative and chronology as much as possible.',
    'The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution and our democracy.”',
  ],
  { author: 'Jane Roe', outlet: 'Example News' },
);

describe('a "who" question whose verb the article says as the one who does it', () => {
  it('is answered from the sentence that names them so', () => {
    expect(engine().answer('who directed dunkirk').answer).toContain('acclaimed director Christopher Nolan');
    expect(engine().answer('who leads ennahda').answer).toContain('The leader of Ennahda, Rachid Ghannouchi');
  });
});
