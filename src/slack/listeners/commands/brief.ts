import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { MESSAGES } from '../../../render/messages.js';
import type { BotContext } from '../../deps.js';
import { fittedRespond } from '../../send-message.js';
import { listBriefUsage, routeBrief } from './brief-subcommands.js';

/** `/brief ...`: ack at once (Slack allows 3 seconds), then route to a subcommand or answer the question. */
export async function briefCommandCallback({
  command,
  ack,
  respond: boltRespond,
  client,
  context,
}: AllMiddlewareArgs<BotContext> & SlackCommandMiddlewareArgs): Promise<void> {
  await ack();
  const { deps } = context;
  const respond = fittedRespond(boltRespond, deps.slackRetry);
  try {
    const { run, rest } = routeBrief(command.text ?? '');
    const recovered = context.recoveredPending !== undefined;
    await run({ rest, command, respond, client, deps, usage: listBriefUsage(), recovered });
  } catch (error) {
    deps.logger.error('could not handle /brief', { error });
    await respond({ response_type: 'ephemeral', text: MESSAGES.apology }).catch((inner) =>
      deps.logger.error('could not send the apology', { error: inner }),
    );
  }
}
