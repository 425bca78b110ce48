import { describe, expect, it, vi } from 'vitest';
import { appMentionCallback } from '../../../../src/slack/listeners/events/app-mention.js';
import { fakeBriefings, fakeClient, fakeDeps, fakeEngine } from '../../helpers.js';

function buildArguments(deps = fakeDeps(), event: Record<string, unknown> = {}) {
  const client = fakeClient();
  const args = {
    event: {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> how big is TikTok Shop?',
      ts: '1.0',
      channel: 'C1',
      ...event,
    },
    context: { deps, botUserId: 'UBOT' },
    client,
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; only the fields the callback reads
  return { args: args as any, client, deps };
}

describe('A mention of the bot', () => {
  it('is answered in a thread with the mention removed from the question', async () => {
    const answer = vi.fn(fakeEngine().answer);
    const { args, client } = buildArguments(fakeDeps({ briefings: fakeBriefings(fakeEngine({ answer })) }));
    await appMentionCallback(args);
    expect(answer).toHaveBeenCalledWith('how big is TikTok Shop?');
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C1', thread_ts: '1.0' }));
  });

  it('gets a polite apology, and the error is logged, when answering fails', async () => {
    const deps = fakeDeps({
      briefings: fakeBriefings(
        fakeEngine({
          answer: () => {
            throw new Error('index exploded');
          },
        }),
      ),
    });
    const { args, client } = buildArguments(deps);
    await expect(appMentionCallback(args)).resolves.toBeUndefined();
    expect(client.chat.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({ thread_ts: '1.0', text: expect.stringContaining('Sorry, something went wrong') }),
    );
    expect(deps.logLines.join('\n')).toContain('index exploded');
  });

  it('does not throw even when Slack rejects the apology too', async () => {
    const deps = fakeDeps({
      briefings: fakeBriefings(
        fakeEngine({
          answer: () => {
            throw new Error('boom');
          },
        }),
      ),
    });
    const { args, client } = buildArguments(deps);
    client.chat.postMessage.mockRejectedValue(new Error('channel_not_found'));
    await expect(appMentionCallback(args)).resolves.toBeUndefined();
    expect(deps.logLines.join('\n')).toContain('channel_not_found');
  });

  it('runs the after-post hooks with the posted answer, and survives a failing hook', async () => {
    const seen: string[] = [];
    const deps = fakeDeps({
      afterPost: [
        async () => {
          throw new Error('chart upload failed');
        },
        async (posted) => {
          seen.push(`${posted.channel}/${posted.threadTs}/${posted.reply?.entryId}`);
        },
      ],
    });
    const { args } = buildArguments(deps);
    await appMentionCallback(args);
    expect(seen).toEqual(['C1/1.0/tiktok-shop-gmv']);
    expect(deps.logLines.join('\n')).toContain('chart upload failed');
  });

  it('ignores mentions written by bots', async () => {
    const { args, client } = buildArguments(fakeDeps(), { bot_id: 'B2' });
    await appMentionCallback(args);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });
});
