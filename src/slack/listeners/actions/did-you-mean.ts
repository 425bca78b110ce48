import { renderNoticeBlocks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import { recordReply } from '../../ask-question.js';
import { renderRoutedReply } from '../../render-outcome.js';
import { isEphemeral, replaceMessage } from '../../replace-message.js';
import { replyForButton } from '../../reply-for-button.js';
import { buttonHandler, tellClicker } from './button-handler.js';

/** A "did you mean", topic or "Also in" button: answers that entry in place of the message it was under. */
export const didYouMeanCallback = buttonHandler(
  { log: 'could not answer a did-you-mean click', message: MESSAGES.apology },
  async ({ action, body, client, respond, context: { deps } }) => {
    const reply = replyForButton(deps, decodeAnswerRef(action.value));
    if (!reply) {
      await tellClicker(respond, renderNoticeBlocks(MESSAGES.entryGone));
      return;
    }
    const ephemeral = isEphemeral(body);
    await recordReply(deps, reply, ephemeral ? 'command' : 'mention');
    const message = renderRoutedReply(reply, {
      share: ephemeral,
      showQuestion: ephemeral,
    });
    await replaceMessage(body, client, respond, message);
  },
);
