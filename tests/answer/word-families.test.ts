import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A question's word the article never uses, of one family with a word it does ("die" / "death", "testify" /
// "testimony"; WordNet's derivationally related forms): read as the article's word, the question meets the sentence
// that answers it.

const engine = useDraftedEngine('word-families', 'The weather scientist who found chaos', [
  'Edward Lorenz, the meteorologist at MIT, built a simple model of the weather on a Royal McBee computer.',
  'Lorenz’s death in April 2008 came four decades after his paper on chaos changed how forecasts are made.',
  'His testimony to a congressional panel on Tuesday, 12 May 1987 was about the limits of long-range forecasts.',
  'The museum will start showing a copy of the model in a browser next month, a spokesman said.',
  'The move of his papers to the archive unfolded with remarkable smoothness and calm, the archivist said.',
]);

describe('a word of one family with the article’s word', () => {
  it.each([
    ['when did lorenz die', 'death in April 2008'],
    ['what day did lorenz testify', 'His testimony to a congressional panel'],
    // An adverb is of its adjective's family (a sentence of the Los Angeles Times page among postlight/parser's).
    ['did the move of the papers go smoothly', 'remarkable smoothness and calm'],
  ])('"%s" gets the sentence saying "%s"', (question, words) => {
    const reply = engine().answer(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(words);
  });
});
