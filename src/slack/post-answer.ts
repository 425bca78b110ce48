import type { webApi } from '@slack/bolt';
import type { Reply } from '../answer/reply.js';
import type { SlackMessage } from '../render/blocks.js';
import type { BotDeps } from './deps.js';
import { postMessage } from './send-message.js';

// The one place a public answer is posted (mention, DM, "Share in channel"), so whatever must follow a post
// (a chart uploaded into the answer's thread, later) hooks in here once instead of in every listener.

export type PostTarget = {
  channel: string;
  threadTs?: string;
  /** Runs as soon as Slack has the message, before anything that follows it (the chart): the request is answered. */
  onPosted?: () => Promise<void>;
};

export async function postAnswer(
  client: webApi.WebClient,
  deps: BotDeps,
  target: PostTarget,
  message: SlackMessage,
  reply?: Reply,
): Promise<string | undefined> {
  const result = await postMessage(
    client,
    // Citations may carry links; previews would bury the answer.
    { channel: target.channel, thread_ts: target.threadTs, unfurl_links: false, unfurl_media: false },
    message,
  );
  await target.onPosted?.();
  const ts = result.ts;
  if (ts === undefined) return undefined;
  for (const hook of deps.afterPost) {
    try {
      await hook({ client, channel: target.channel, ts, threadTs: target.threadTs ?? ts, reply });
    } catch (error) {
      deps.logger.error('an after-post hook failed', { error, channel: target.channel });
    }
  }
  return ts;
}
