import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import { postAnswer } from '../../post-answer.js';
import { renderRoutedReply } from '../../render-outcome.js';
import { replyForButton } from '../../reply-for-button.js';
import { buttonHandler, tellClicker } from './button-handler.js';
import { oncePerClick } from './once-per-click.js';

/**
 * "Share in channel": posts the private /brief answer publicly, "asked by" the user, and removes the private copy.
 * Once per click, however often the click arrives.
 */
export const shareAnswerCallback = buttonHandler(
  { log: 'could not share an answer', message: MESSAGES.cannotShare },
  async ({ action, body, client, respond, context: { deps } }) => {
    const reply = replyForButton(deps, decodeAnswerRef(action.value));
    const channel = body.container.channel_id ?? body.channel?.id;
    if (!reply || typeof channel !== 'string') {
      await tellClicker(respond, MESSAGES.entryGone);
      return;
    }
    const message = renderRoutedReply(reply, { askedBy: body.user.id });
    const shared = await oncePerClick(deps, body, action, async () => {
      await postAnswer(client, deps, { channel }, message, reply);
    });
    // A repeated click leaves the first one to remove the private copy (it may be gone already).
    if (shared) await respond({ delete_original: true });
  },
);
