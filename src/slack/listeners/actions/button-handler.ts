import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../../render/blocks.js';
import type { BotContext } from '../../deps.js';
import { type FittedRespond, fittedRespond } from '../../send-message.js';

type BoltButtonArgs = AllMiddlewareArgs<BotContext> & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
export type ButtonArgs = Omit<BoltButtonArgs, 'respond'> & { respond: FittedRespond };

/** A note only the clicker sees, leaving the message they clicked as it is. */
export function tellClicker(respond: FittedRespond, message: string | SlackMessage): Promise<unknown> {
  const body = typeof message === 'string' ? { text: message } : message;
  return respond({ response_type: 'ephemeral', replace_original: false, ...body });
}

/**
 * Every button: ack at once (Slack allows 3 s), then the work; a failure is logged and the clicker told privately,
 * never left with a spinner.
 */
export function buttonHandler(
  failure: { log: string; message: string },
  run: (args: ButtonArgs) => Promise<void>,
): (args: BoltButtonArgs) => Promise<void> {
  return async (raw) => {
    await raw.ack();
    const args = { ...raw, respond: fittedRespond(raw.respond, raw.context.deps.slackRetry) };
    try {
      await run(args);
    } catch (error) {
      args.context.deps.logger.error(failure.log, { error });
      await tellClicker(args.respond, failure.message).catch(() => undefined);
    }
  };
}
