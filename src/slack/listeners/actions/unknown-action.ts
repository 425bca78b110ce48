import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { BotContext } from '../../deps.js';

/** A click on a button the bot does not (or no longer) know: acknowledged, logged, nothing else. */
export async function unknownActionCallback({
  ack,
  action,
  context,
}: AllMiddlewareArgs<BotContext> & SlackActionMiddlewareArgs<BlockAction>): Promise<void> {
  await ack();
  context.deps.logger.info('ignored a click on an unknown action', { actionId: action.action_id });
}
