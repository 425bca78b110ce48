import { describe, expect, it } from 'vitest';
import type { FeedbackRecord, UnansweredRecord } from '../../src/store/store.js';
import { buildInbox, questionKey } from '../../src/studio/inbox.js';

const asked = (question: string, at: string, pack?: string): UnansweredRecord => ({
  question,
  at,
  via: 'dm',
  ...(pack && { pack }),
});
const down = (at: string, question?: string, entryId = 'e1'): FeedbackRecord => ({
  answerKey: `C1:${at}`,
  userId: 'U1',
  vote: 'down',
  entryId,
  at,
  ...(question !== undefined && { question }),
});

describe("The curator's list", () => {
  it('groups one question asked several ways of spelling, counting each kind, newest first', () => {
    const items = buildInbox(
      [
        asked('Who owns Lazada?', '2025-01-01T00:00:00Z'),
        asked('who owns lazada', '2025-01-03T00:00:00Z'),
        asked('Hi', '2025-01-02T00:00:00Z'),
      ],
      [down('2025-01-04T00:00:00Z', 'Who owns  Lazada ?', 'lazada-deal')],
      [],
    );
    expect(items.map((i) => [i.question, i.unanswered, i.thumbsDown, i.votedEntries])).toEqual([
      ['Who owns  Lazada ?', 2, 1, ['lazada-deal']],
      ['Hi', 1, 0, []],
    ]);
  });

  it('leaves out what a curator handled, and the up votes', () => {
    const items = buildInbox(
      [asked('Who owns Lazada?', '2025-01-01T00:00:00Z'), asked('What is GMV?', '2025-01-01T00:00:00Z')],
      [{ ...down('2025-01-02T00:00:00Z', 'Great answer'), vote: 'up' }],
      [
        {
          key: questionKey('who owns lazada'),
          action: 'alternate',
          pack: 'p',
          target: 'e',
          at: '2025-01-05T00:00:00Z',
        },
      ],
    );
    expect(items.map((i) => i.question)).toEqual(['What is GMV?']);
  });

  it('keeps a 👎 recorded before votes kept their question, by its answer, and the briefing a record names', () => {
    const items = buildInbox(
      [asked('Who owns Lazada?', '2025-01-01T00:00:00Z', 'sea')],
      [down('2025-01-02T00:00:00Z')],
      [],
    );
    expect(items).toEqual([
      expect.objectContaining({
        key: 'vote:C1:2025-01-02T00:00:00Z',
        question: null,
        thumbsDown: 1,
        votedEntries: ['e1'],
      }),
      expect.objectContaining({ question: 'Who owns Lazada?', pack: 'sea' }),
    ]);
  });
});
