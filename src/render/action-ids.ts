// Every interactive ID the renderers put into messages and the Slack listeners route on, in one place.
// Slack requires action_ids to be unique within a block, so repeated buttons get an index suffix and the
// listeners match on the prefix.

export const ACTION_IDS = {
  didYouMean: 'did_you_mean',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
  alsoIn: 'also_in',
} as const;

export const BLOCK_IDS = {
  feedback: 'feedback',
  feedbackThanks: 'feedback_thanks',
  alsoIn: 'also_in',
} as const;

/** Matches `did_you_mean` and `did_you_mean:<n>`. */
export const DID_YOU_MEAN_PATTERN = new RegExp(`^${ACTION_IDS.didYouMean}(?::\\d+)?$`);

/** Matches `also_in:<n>`: the same answer in another briefing. */
export const ALSO_IN_PATTERN = new RegExp(`^${ACTION_IDS.alsoIn}(?::\\d+)?$`);
/** Matches every action id that none of the above does, so a click on an unknown button is still acknowledged. */
export const UNKNOWN_ACTION_PATTERN = new RegExp(
  `^(?!(?:${ACTION_IDS.didYouMean}(?::\\d+)?|${ACTION_IDS.alsoIn}(?::\\d+)?|${ACTION_IDS.feedbackUp}|${ACTION_IDS.feedbackDown}|${ACTION_IDS.share})$)`,
);
