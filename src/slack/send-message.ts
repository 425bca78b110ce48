import type { RespondArguments, RespondFn, types, webApi } from '@slack/bolt';
import { fitMessage, fitView } from '../render/fit-slack-limits.js';
import { isRetryableRespondError, type RetryPolicy, withRetries } from './retry-call.js';

// Every message and view the bot sends leaves through this file, so each one passes fitMessage/fitView (Slack's
// Block Kit limits) on the way out, whatever built it. tests/slack/send-message.test.ts checks that no other file
// calls these Slack methods or respond without it.

/** What the renderers produce: blocks (optional for a plain notice) and the notification text. */
export type OutgoingMessage = { blocks?: types.KnownBlock[]; text: string };

export type PostOptions = {
  channel: string;
  thread_ts?: string;
  unfurl_links?: boolean;
  unfurl_media?: boolean;
};

export function postMessage(
  client: webApi.WebClient,
  where: PostOptions,
  message: OutgoingMessage,
): Promise<webApi.ChatPostMessageResponse> {
  const { blocks, text } = fitMessage(message);
  return client.chat.postMessage({ ...where, text, ...(blocks ? { blocks } : {}) });
}

export function updateMessage(
  client: webApi.WebClient,
  where: { channel: string; ts: string },
  message: OutgoingMessage,
): Promise<webApi.ChatUpdateResponse> {
  const { blocks, text } = fitMessage(message);
  return client.chat.update({ ...where, text, ...(blocks ? { blocks } : {}) });
}

export function publishHome(
  client: webApi.WebClient,
  userId: string,
  view: types.HomeView,
): Promise<webApi.ViewsPublishResponse> {
  return client.views.publish({ user_id: userId, view: fitView(view) });
}

declare const fitted: unique symbol;
/** A respond whose messages are fitted; listeners and helpers take this type, so a raw one does not type-check. */
export type FittedRespond = RespondFn & { readonly [fitted]: true };

/**
 * Bolt's respond (the response_url of a command or a click), with every message fitted, and retried as Web API
 * calls are (Bolt's respond has no retries of its own).
 */
export function fittedRespond(respond: RespondFn, retry: RetryPolicy): FittedRespond {
  const wrapped: RespondFn = (message) => {
    const fittedMessage = typeof message === 'string' ? fitMessage({ text: message }) : fitRespond(message);
    return withRetries(() => respond(fittedMessage), retry, isRetryableRespondError);
  };
  return wrapped as FittedRespond;
}

function fitRespond(message: RespondArguments): RespondArguments {
  return fitMessage(message as { text?: string; blocks?: types.KnownBlock[] }) as RespondArguments;
}
