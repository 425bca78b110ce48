import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { wordsWrittenAsNames } from '../../src/briefings/routing-words.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// "whos wang zhang": "wang" is an English word, so routing weighed it as an everyday one, and the question went by its
// other word to the briefing whose author is a Zhang. An English word every briefing using it writes only as a name
// ("Wang", "Laden") is a name.

const all = useDraftedCatalogue([
  {
    id: 'platforms-abroad',
    title: 'Chinese platforms look abroad',
    paragraphs: [
      'Chinese apps are finding new users across the region, analysts say.',
      'The apps were popular because of their large ethnic Chinese communities, said Wang Zheng, a visiting fellow at a Singapore institute.',
    ],
  },
  {
    id: 'task-queues',
    title: 'How we built our task queue',
    paragraphs: [
      'Posted by Mei Zhang, infrastructure engineer.',
      'Our queue runs millions of jobs a day and retries the ones that fail.',
      'Each job has an owner and a deadline, and the queue backs off when a job keeps failing.',
    ],
  },
]);

describe('an English word an article writes only as a name', () => {
  it('is read as a name: "Wang" and "Zhang" are, "Friday" and "Posted" are not', () => {
    const names = wordsWrittenAsNames('Posted by Mei Zhang on Friday. The fellow Wang Zheng said the apps were popular.');
    expect([...names]).toEqual(expect.arrayContaining(['zhang', 'wang', 'zheng']));
    expect(names.has('fridai')).toBe(false);
    expect(names.has('post')).toBe(false);
    expect(wordsWrittenAsNames('The Apps are popular. Many apps are.').has('app')).toBe(false);
  });

  it('sends the question to the briefing that names the person', () => {
    const reply = routeQuestion(all(), 'whos wang zhang');
    expect(reply).toMatchObject({ answered: true, pack: 'platforms-abroad' });
    expect(reply.answer).toContain('Wang Zheng');
  });
});
