import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A byline dates its article as "2022-10-11": that is a year, not the counts 10 and 11 a question may hold.
describe('a small number in a question, beside a byline dated with it', () => {
  const engine = useDraftedEngine(
    'imf-outlook',
    'IMF cuts its forecast for the world economy',
    [
      'The International Monetary Fund cut its forecast for global growth next year to 2.7%, citing the war in Ukraine and high energy prices.',
      'Pierre-Olivier Gourinchas, the fund’s chief economist, said that for many people next year will feel like a recession.',
      'The fund expects inflation to peak late this year, as central banks keep raising interest rates.',
    ],
    { author: 'Paul Wiseman', outlet: 'Investment Executive', published: '2022-10-11' },
  );

  it('answers from the article, not from the byline its date is in', () => {
    const reply = engine().answer('client call in 10, what does the imf forecast for growth next year?');
    expect(reply.answered).toBe(true);
    expect(reply.citations.map((c) => c.quote).join(' ')).toContain('global growth next year to 2.7%');
  });

  it('still answers when the article was published', () => {
    const reply = engine().answer('when was this published?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2022-10-11');
  });
});
