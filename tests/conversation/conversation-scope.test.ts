import { describe, expect, it } from 'vitest';
import { directMessageScope, liveTurns, threadScope } from '../../src/conversation/conversation-scope.js';
import type { ConversationTurn } from '../../src/store/store.js';

const at = (iso: string): ConversationTurn => ({
  question: 'who is Jian Xu?',
  standalone: 'who is Jian Xu?',
  entryId: 'who-is-jian-xu',
  answered: true,
  userId: 'U1',
  at: iso,
});
const now = Date.parse('2024-07-08T10:00:00.000Z');

describe('which earlier answers a message may follow up on', () => {
  it('keeps one conversation per thread, and per DM thread', () => {
    expect(threadScope('C1', '1.0').key).toBe('C1:1.0');
    expect(directMessageScope('D1', '2.0')).toEqual(threadScope('D1', '2.0'));
    expect(directMessageScope('D1', undefined).key).toBe('D1');
  });

  it('follows up at the top of a DM only within 30 minutes of the previous answer', () => {
    const dm = directMessageScope('D1', undefined);
    expect(liveTurns([at('2024-07-08T09:31:00.000Z')], dm, now)).toHaveLength(1);
    expect(liveTurns([at('2024-07-08T09:29:00.000Z')], dm, now)).toEqual([]);
  });

  it('follows up in a thread for a week', () => {
    const thread = threadScope('C1', '1.0');
    expect(liveTurns([at('2024-07-02T10:00:00.000Z')], thread, now)).toHaveLength(1);
    expect(liveTurns([at('2024-06-30T10:00:00.000Z')], thread, now)).toEqual([]);
  });
});
