import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, ALSO_IN_PATTERN, DID_YOU_MEAN_PATTERN } from '../../../render/action-ids.js';
import type { BotContext } from '../../deps.js';
import { didYouMeanCallback } from './did-you-mean.js';
import { feedbackCallback } from './feedback.js';
import { shareAnswerCallback } from './share-answer.js';

export function register(app: App<BotContext>): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: DID_YOU_MEAN_PATTERN }, didYouMeanCallback);
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ALSO_IN_PATTERN }, didYouMeanCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackUp, feedbackCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackDown, feedbackCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswerCallback);
}
