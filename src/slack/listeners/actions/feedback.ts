import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS } from '../../../render/action-ids.js';
import { type Block, renderReplyBlocks, withThanks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import type { Vote } from '../../../store/store.js';
import type { BotContext } from '../../deps.js';
import { isEphemeral, replaceMessage } from '../../replace-message.js';
import { replyForButton } from '../../reply-for-button.js';

/** Thumbs up / down: one vote per user per answer, recorded, and the message updated to thank them. */
export async function feedbackCallback({
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
    const vote: Vote = action.action_id === ACTION_IDS.feedbackUp ? 'up' : 'down';
    const userId = body.user.id;
    const channel = body.container.channel_id ?? body.channel?.id ?? 'unknown';
    const ts = body.container.message_ts ?? body.message?.ts ?? 'unknown';
    const result = await deps.store.recordFeedback({
      answerKey: `${channel}:${ts}`,
      userId,
      vote,
      entryId: ref?.entryId ?? null,
      at: new Date(deps.nowMs()).toISOString(),
    });
    if (result === 'duplicate') {
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.alreadyVoted });
      return;
    }
    // A normal message comes back to us with its blocks: keep them (others may still vote) and add the thanks.
    // An ephemeral one does not, so it is rendered again from the entry the button names.
    const blocks = body.message?.blocks as Block[] | undefined;
    if (!isEphemeral(body) && blocks) {
      await replaceMessage(body, client, respond, {
        blocks: withThanks(blocks, userId),
        text: body.message?.text ?? '',
      });
      return;
    }
    const reply = replyForButton(deps.engine, ref);
    if (!reply) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.thanks(userId) });
      return;
    }
    const message = renderReplyBlocks(reply, {
      sources: deps.engine.pack.meta.sources,
      share: true,
      showQuestion: true,
      thankedUser: userId,
    });
    await replaceMessage(body, client, respond, message);
  } catch (error) {
    deps.logger.error('could not record feedback', { error });
    await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.apology }).catch(
      () => undefined,
    );
  }
}
