import { describe, expect, it } from 'vitest';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';

// Several sentences of a drafted briefing fit a question about as well; the one that uses its words most densely
// answers it. Spiceworks' story on Vidyard (among Mozilla Readability's test pages) says the company "announced
// significant updates to its video hosting platform" and, later, what the "key changes to Vidyard's platform" are.

const engine = useSharedPageEngine('spiceworks');

describe('among drafted sentences that fit a question about as well', () => {
  it('"what are the big changes to the platform" gets the sentence listing the changes', () => {
    const reply = engine().answer('what are the big changes to the platform');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Key changes to Vidyard’s platform include new integration with Zoom');
  });
});
