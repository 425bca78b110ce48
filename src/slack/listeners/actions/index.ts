import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import {
  ACTION_IDS,
  ALSO_IN_PATTERN,
  DID_YOU_MEAN_PATTERN,
  UNKNOWN_ACTION_PATTERN,
} from '../../../render/action-ids.js';
import type { BotContext } from '../../deps.js';
import { didYouMeanCallback } from './did-you-mean.js';
import { feedbackCallback } from './feedback.js';
import { shareAnswerCallback } from './share-answer.js';
import { unknownActionCallback } from './unknown-action.js';

export function register(app: App<BotContext>): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: DID_YOU_MEAN_PATTERN }, didYouMeanCallback);
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ALSO_IN_PATTERN }, didYouMeanCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackUp, feedbackCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackDown, feedbackCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswerCallback);
  // Any other action id (a button from an older version of the bot, say) is acknowledged and ignored, or Slack
  // shows the person an error after 3 s.
  app.action({ type: 'block_actions', action_id: UNKNOWN_ACTION_PATTERN }, unknownActionCallback);
}
