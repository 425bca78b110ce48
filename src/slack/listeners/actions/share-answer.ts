import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderReplyBlocks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import type { BotContext } from '../../deps.js';
import { postAnswer } from '../../post-answer.js';
import { replyForButton } from '../../reply-for-button.js';

/** "Share in channel": posts the private /brief answer publicly, "asked by" the user, and removes the private copy. */
export async function shareAnswerCallback({
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
    const channel = body.container.channel_id ?? body.channel?.id;
    if (!reply || typeof channel !== 'string') {
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.entryGone });
      return;
    }
    const message = renderReplyBlocks(reply, { sources: deps.engine.pack.meta.sources, askedBy: body.user.id });
    await postAnswer(client, deps, { channel }, message, reply);
    await respond({ delete_original: true });
  } catch (error) {
    deps.logger.error('could not share an answer', { error });
    await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.cannotShare }).catch(
      () => undefined,
    );
  }
}
