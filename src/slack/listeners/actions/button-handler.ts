import type { AllMiddlewareArgs, BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../../render/blocks.js';
import type { BotContext } from '../../deps.js';

export type ButtonArgs = AllMiddlewareArgs<BotContext> & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** A note only the clicker sees, leaving the message they clicked as it is. */
export function tellClicker(respond: RespondFn, message: string | SlackMessage): Promise<unknown> {
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
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    try {
      await run(args);
    } catch (error) {
      args.context.deps.logger.error(failure.log, { error });
      await tellClicker(args.respond, failure.message).catch(() => undefined);
    }
  };
}
