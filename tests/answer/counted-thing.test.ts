import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "how many worker hosts" asks for a count of hosts: a sentence that counts something else about them ("one
// controller process") does not answer it, and the bot says it does not know rather than quote a number of the wrong
// thing.

const engine = useDraftedEngine('counted-thing', 'How the task runner works', [
  'Each worker host has one controller process responsible for polling tasks from the queues.',
  'The task runner now serves 9,000 tasks per second for more than 100 teams across the company.',
  'In a recent test, two advertisers failed to honour the opt-out, the researchers said.',
  'Users can choose from thousands of themes and dress up the dashboard with a single click.',
]);

describe('what "how many" counts', () => {
  it('declines a count of hosts when the article only counts what each host runs', () => {
    expect(engine().answer('how many worker hosts does the task runner run on').answered).toBe(false);
  });

  it('answers a count of what the figure counts, however the question words it', () => {
    expect(engine().answer('how many teams use the task runner').answer).toContain('more than 100 teams');
    expect(engine().answer('how many advertiser opt-outs failed in the test').answer).toContain('two advertisers');
  });

  it('answers from a sentence that counts in words, and only for what it counts', () => {
    expect(engine().answer('how many themes can users pick from').answer).toContain('thousands of themes');
    expect(engine().answer('how many dashboards can users pick from').answered).toBe(false);
  });
});
