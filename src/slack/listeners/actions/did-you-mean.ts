import { renderNoticeBlocks, renderReplyBlocks } from '../../../render/blocks.js';
import { decodeAnswerRef } from '../../../render/button-value.js';
import { MESSAGES } from '../../../render/messages.js';
import { recordReply } from '../../ask-question.js';
import { isEphemeral, replaceMessage } from '../../replace-message.js';
import { replyForButton } from '../../reply-for-button.js';
import { buttonHandler, tellClicker } from './button-handler.js';

/** A "did you mean" or topic button: answers that entry in place of the unsure message. */
export const didYouMeanCallback = buttonHandler(
  { log: 'could not answer a did-you-mean click', message: MESSAGES.apology },
  async ({ action, body, client, respond, context: { deps } }) => {
    const reply = replyForButton(deps.engine, decodeAnswerRef(action.value));
    if (!reply) {
      await tellClicker(respond, renderNoticeBlocks(MESSAGES.entryGone));
      return;
    }
    const ephemeral = isEphemeral(body);
    await recordReply(deps, reply, ephemeral ? 'command' : 'mention');
    const message = renderReplyBlocks(reply, {
      sources: deps.engine.pack.meta.sources,
      share: ephemeral,
      showQuestion: ephemeral,
    });
    await replaceMessage(body, client, respond, message);
  },
);
