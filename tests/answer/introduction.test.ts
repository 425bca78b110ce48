import { describe, expect, it } from 'vitest';
import { introductionOf } from '../../src/answer/introduction.js';
import { buildIndex } from '../../src/match/build-index.js';
import { scoreQuestion } from '../../src/match/score.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "who is Michelle King": an article says who someone is where it first names them. When no drafted sentence stands
// out for the question (a long article names her in many), the first that names her answers it.

const engine = useDraftedEngine('introduction', 'An emailed bomb threat closed every school in the district', [
  'The school district shut down on Tuesday after an emailed threat reached the board.',
  'Superintendent Ramon Cortines had turned over day-to-day control to his second-in-command, Michelle Kowalczyk (who, a month later, would be named his successor).',
  'Michelle Kowalczyk told the board the decision was made with the information available at the time.',
  'The mayor backed Michelle Kowalczyk in a statement released that evening.',
  'Police traced the email to a server overseas within hours.',
]);

const introduction = (question: string) => {
  const { pack } = engine();
  const index = buildIndex(pack);
  const found = introductionOf(pack, index, scoreQuestion(index, question), question);
  return found === undefined ? undefined : pack.entries[found].answer;
};

describe('who someone is', () => {
  it('is the first drafted sentence that names them, however the question spells the name', () => {
    for (const question of ['who is michelle kowalczyk', 'Who is Michele Kowalczyk?', "who's kowalczyk"])
      expect(introduction(question), question).toContain('his second-in-command, Michelle Kowalczyk');
  });

  it('is not what a question asks that names someone and asks something else', () => {
    expect(introduction('who is the boss of michelle kowalczyk')).toBeUndefined();
    expect(introduction('what did michelle kowalczyk tell the board')).toBeUndefined();
    expect(introduction('who is john smith')).toBeUndefined();
  });
});
