import { describe, expect, it, vi } from 'vitest';
import { threadMessageCallback } from '../../../../src/slack/listeners/messages/thread-message.js';
import type { ConversationTurn } from '../../../../src/store/store.js';
import { fakeClient, fakeDeps, fakeStore } from '../../helpers.js';

const ASKED: ConversationTurn = {
  question: 'How big is TikTok Shop?',
  standalone: 'How big is TikTok Shop?',
  entryId: 'tiktok-shop-gmv',
  answered: true,
  userId: 'U1',
  at: new Date(0).toISOString(),
};

function buildArguments(store = fakeStore(), message: Record<string, unknown> = {}) {
  const deps = fakeDeps({ store });
  const client = fakeClient();
  const args = {
    message: {
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      text: 'who estimated that?',
      ts: '2.0',
      thread_ts: '1.0',
      channel: 'C1',
      ...message,
    },
    context: { deps, botUserId: 'UBOT' },
    client,
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; only the fields the callback reads
  return { args: args as any, client, deps, store };
}

describe('A reply in a channel thread that does not mention the bot', () => {
  it("is answered in the thread when it is the asker's follow-up question, and its turn is stored", async () => {
    const store = fakeStore();
    store.listTurns = vi.fn(async () => [ASKED]);
    const { args, client } = buildArguments(store);
    await threadMessageCallback(args);
    expect(store.listTurns).toHaveBeenCalledWith('C1:1.0');
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C1', thread_ts: '1.0' }));
    expect(store.recordTurn).toHaveBeenCalledWith(
      'C1:1.0',
      expect.objectContaining({ question: 'who estimated that?', userId: 'U1' }),
      expect.objectContaining({ keep: 5 }),
    );
  });

  it('is left to the app_mention listener when it mentions the bot, and left alone in a thread without the bot', async () => {
    const mentioned = buildArguments(fakeStore(), { text: '<@UBOT> who estimated that?' });
    await threadMessageCallback(mentioned.args);
    expect(mentioned.store.listTurns).not.toHaveBeenCalled();
    const foreign = buildArguments();
    await threadMessageCallback(foreign.args);
    expect(foreign.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('is left alone without reading the store when it is talk, not a question', async () => {
    const chatter = buildArguments(fakeStore(), { text: 'lol nice, see you at lunch' });
    await threadMessageCallback(chatter.args);
    expect(chatter.store.listTurns).not.toHaveBeenCalled();
    expect(chatter.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('is logged, not thrown, when the store cannot be read', async () => {
    const store = fakeStore();
    store.listTurns = vi.fn(async () => {
      throw new Error('store unreachable');
    });
    const { args, client, deps } = buildArguments(store);
    await expect(threadMessageCallback(args)).resolves.toBeUndefined();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(deps.logLines.join('\n')).toContain('store unreachable');
  });
});
