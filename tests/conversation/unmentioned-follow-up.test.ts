import { describe, expect, it } from 'vitest';
import { isUnmentionedFollowUp } from '../../src/conversation/unmentioned-follow-up.js';
import type { ConversationTurn } from '../../src/store/store.js';

const asked: ConversationTurn[] = [
  {
    question: 'who is Jian Xu?',
    standalone: 'who is Jian Xu?',
    entryId: 'who-is-jian-xu',
    answered: true,
    userId: 'UASKER',
    at: '2024-07-08T10:00:00.000Z',
  },
];

describe('a thread message that does not mention the bot', () => {
  it('is a follow-up when the person who asked there asks a question', () => {
    expect(isUnmentionedFollowUp({ text: 'where does he work?', userId: 'UASKER' }, asked)).toBe(true);
  });

  it('is left alone from anyone else, in a thread the bot never answered, or when it is talk', () => {
    expect(isUnmentionedFollowUp({ text: 'where does he work?', userId: 'UOTHER' }, asked)).toBe(false);
    expect(isUnmentionedFollowUp({ text: 'where does he work?', userId: 'UASKER' }, [])).toBe(false);
    expect(isUnmentionedFollowUp({ text: 'lol nice, see you at lunch', userId: 'UASKER' }, asked)).toBe(false);
  });

  it('is left alone when it addresses someone else', () => {
    expect(isUnmentionedFollowUp({ text: '<@U0MARIA> did you send the deck?', userId: 'UASKER' }, asked)).toBe(false);
    expect(isUnmentionedFollowUp({ text: '<!here> anyone read it?', userId: 'UASKER' }, asked)).toBe(false);
  });
});
