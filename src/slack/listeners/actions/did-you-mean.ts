import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderNoticeBlocks, renderReplyBlocks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import { recordReply } from '../../ask-question.js';
import type { BotContext } from '../../deps.js';
import { isEphemeral, replaceMessage } from '../../replace-message.js';
import { replyForButton } from '../../reply-for-button.js';

/** A "did you mean" or topic button: answers that entry in place of the unsure message. */
export async function didYouMeanCallback({
  ack,
  action,
  body,
  client,
  respond,
  context,
}: AllMiddlewareArgs<BotContext> & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
  await ack();
  const { deps } = context;
  try {
    const ref = decodeAnswerRef(action.value);
    const reply = replyForButton(deps.engine, ref);
    if (!reply) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderNoticeBlocks(MESSAGES.entryGone) });
      return;
    }
    await recordReply(deps, reply, isEphemeral(body) ? 'command' : 'mention');
    const ephemeral = isEphemeral(body);
    const message = renderReplyBlocks(reply, {
      sources: deps.engine.pack.meta.sources,
      share: ephemeral,
      showQuestion: ephemeral,
    });
    await replaceMessage(body, client, respond, message);
  } catch (error) {
    deps.logger.error('could not answer a did-you-mean click', { error });
    await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.apology }).catch(
      () => undefined,
    );
  }
}
