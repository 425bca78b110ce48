import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';

// A double click, or Slack delivering one click twice, must not post twice in public. A click is one per message,
// user and action; the first delivery claims it in the Store (shared by every instance with Redis), repeats are
// dropped. If the work fails the claim is given back, so clicking again after "invite me first" still works.

/** Long enough to outlast any redelivery; the private message a click comes from is gone once shared. */
const CLICK_CLAIM_TTL_SECONDS = 24 * 60 * 60;

export function clickKey(body: BlockAction<ButtonAction>, action: ButtonAction): string {
  const channel = body.container.channel_id ?? body.channel?.id ?? '';
  const messageTs = body.container.message_ts ?? body.message?.ts ?? '';
  return `click:${action.action_id}:${channel}:${messageTs}:${body.user.id}`;
}

/** Runs `work` for the first delivery of a click only; true when it ran. */
export async function oncePerClick(
  deps: BotDeps,
  body: BlockAction<ButtonAction>,
  action: ButtonAction,
  work: () => Promise<void>,
): Promise<boolean> {
  const key = clickKey(body, action);
  if (!(await deps.store.claimOnce(key, CLICK_CLAIM_TTL_SECONDS))) {
    deps.logger.info('ignored a repeated click', { actionId: action.action_id, userId: body.user.id });
    return false;
  }
  try {
    await work();
    return true;
  } catch (error) {
    await deps.store.releaseClaim(key);
    throw error;
  }
}
