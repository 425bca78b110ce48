import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From the Guardian on New Zealand's whale strandings (Mozilla Readability's guardian-1 page).
const engine = useDraftedEngine(
  'present-age',
  'Whale whisperer of New Zealand',
  [
    'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding, a beaching of porpoises in New Zealand’s Northland.',
    'The cries of the porpoises screeched through the air on the deserted stretch of sand.',
    'Parata, 75, has now overseen more than 500 strandings, and is known for his work with the Department of Conservation.',
  ],
  { author: 'Eleanor Ainge Roy', outlet: 'The Guardian' },
);

describe('"how old is" someone', () => {
  it('is answered with the age they are, not one they were when something happened', () => {
    const reply = engine().answer('how old is hori parata').answer;
    expect(reply).toContain('Parata, 75,');
    expect(reply).not.toContain('seven years old');
  });

  it('while "how old was" still takes the age they were', () => {
    expect(engine().answer('how old was parata at his first mass stranding').answer).toContain('seven years old');
  });
});
