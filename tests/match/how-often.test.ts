import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From Dropbox's post on its task framework (Mozilla Readability's dropbox-blog page).
const engine = useDraftedEngine(
  'how-often',
  'Asynchronous Task Scheduling at Dropbox',
  [
    'The Store Consumer is a service that periodically polls the task store to find tasks that are ready for execution and pushes them onto the right queues.',
    'The Store Consumer polls the task store for tasks that are ready, and we have calibrated ATF to poll for ready tasks once every two seconds.',
    'The task store keeps the state of every task, and the Controller serves tasks to the Executors.',
  ],
  { author: 'Arun Sai Krishnan', outlet: 'Dropbox' },
);

describe('"how often"', () => {
  it('is answered by a sentence that says how often', () => {
    expect(engine().answer('how often does the store consumer poll for ready tasks').answer).toMatch(
      /periodically polls|once every two seconds/,
    );
  });

  it('is not answered by one that only names what is asked about', () => {
    expect(engine().answer('how often does the controller serve tasks').answered).toBe(false);
  });
});
