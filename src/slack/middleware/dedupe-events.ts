import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { BotContext } from '../deps.js';

// Slack retries an event it thinks was not acknowledged (slow ack, network blip) with the same event_id.
// Claiming the id in the Store answers it once, even across restarts or (with a shared store) instances.
// An hour comfortably covers Slack's retry schedule (three retries within about 5 minutes).
const EVENT_CLAIM_TTL_SECONDS = 60 * 60;

export const dedupeEvents: Middleware<AnyMiddlewareArgs, BotContext> = async ({ body, context, next }) => {
  const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
  if (eventId === undefined || isChannelChatter(body)) {
    await next();
    return;
  }
  const { store, logger } = context.deps;
  let first = true;
  try {
    first = await store.claimOnce(`event:${eventId}`, EVENT_CLAIM_TTL_SECONDS);
  } catch (error) {
    // Answering twice is better than never answering: a broken store must not silence the bot.
    logger.error('could not check the event id; handling the event anyway', { error, eventId });
  }
  if (!first) {
    logger.info('skipped an event already handled (Slack retry)', { eventId, retryNum: context.retryNum });
    return;
  }
  await next();
};

/**
 * With message.channels subscribed, every message in every channel the bot is in arrives here. Only replies in threads
 * can be follow-ups (a mention arrives as app_mention too), so the rest is not worth a store write per message.
 */
function isChannelChatter(body: AnyMiddlewareArgs['body']): boolean {
  const event = 'event' in body ? (body.event as Record<string, unknown> | undefined) : undefined;
  return (
    event?.type === 'message' &&
    (event.channel_type === 'channel' || event.channel_type === 'group') &&
    event.thread_ts === undefined
  );
}
