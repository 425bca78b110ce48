import type { webApi } from '@slack/bolt';

// How long an answer is worth sending after the question was asked. Slack calls are retried within it (a Slack
// outage of a few minutes delays answers, it does not lose them), and a question not answered by then is given up
// with a warning rather than answered out of the blue (response_urls, too, expire after 30 minutes).

export const ANSWER_USEFUL_LIFE_MS = 10 * 60_000;

/** One Web API request: Slack answers in well under a second; past this it is treated as lost and retried. */
export const SLACK_API_TIMEOUT_MS = 10_000;

/**
 * Retries for every Web API call: 1, 2, 4 ... 60 s apart (randomised, so instances do not retry in step), for up to
 * ANSWER_USEFUL_LIFE_MS in all. A 429 waits its Retry-After first.
 */
export const SLACK_RETRY_POLICY: webApi.RetryOptions = {
  retries: 30,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 60_000,
  randomize: true,
  maxRetryTime: ANSWER_USEFUL_LIFE_MS,
};
