import { ACTION_IDS } from '../../../render/action-ids.js';
import { type Block, withThanks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import type { Vote } from '../../../store/store.js';
import { renderRoutedReply } from '../../render-outcome.js';
import { isEphemeral, replaceMessage } from '../../replace-message.js';
import { replyForButton } from '../../reply-for-button.js';
import { buttonHandler, tellClicker } from './button-handler.js';

/** Thumbs up / down: one vote per user per answer, recorded, and the message updated to thank them. */
export const feedbackCallback = buttonHandler(
  { log: 'could not record feedback', message: MESSAGES.apology },
  async ({ action, body, client, respond, context: { deps } }) => {
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
      // The curator studio lists the questions behind 👎 votes; the button carries the question (shortened past
      // Slack's 2,000-character value limit).
      ...(ref && { question: ref.question }),
    });
    if (result === 'duplicate') {
      await tellClicker(respond, MESSAGES.alreadyVoted);
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
    const reply = replyForButton(deps, ref);
    if (!reply) {
      await tellClicker(respond, MESSAGES.thanks(userId));
      return;
    }
    const message = renderRoutedReply(reply, {
      share: true,
      showQuestion: true,
      thankedUser: userId,
    });
    await replaceMessage(body, client, respond, message);
  },
);
