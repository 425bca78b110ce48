import type { BotDeps } from './deps.js';

// A mention inside a thread reaches the bot twice: as an app_mention and as a plain message, with different event
// ids. Whichever door sees it first claims the message itself (channel and ts) in the store, so it is answered once.
const MESSAGE_CLAIM_TTL_SECONDS = 60 * 60;

export function claimMessage(deps: BotDeps, channel: string, ts: string): Promise<boolean> {
  return deps.store.claimOnce(`message:${channel}:${ts}`, MESSAGE_CLAIM_TTL_SECONDS);
}
