import type { webApi } from '@slack/bolt';

// The WebClient retries its own calls (clientOptions.retryConfig); respond() to a response_url has no retries at
// all in Bolt. This gives it the same policy: a timeout, a network error, a 5xx or a 429 is tried again, with the
// same growing pauses, until the policy's retries or its maxRetryTime run out.

export type RetryPolicy = Pick<
  webApi.RetryOptions,
  'retries' | 'factor' | 'minTimeout' | 'maxTimeout' | 'maxRetryTime'
>;

export async function withRetries<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  isRetryable: (error: unknown) => boolean,
): Promise<T> {
  const started = Date.now();
  const { retries = 10, factor = 2, minTimeout = 1000, maxTimeout = Number.POSITIVE_INFINITY } = policy;
  const maxRetryTime = policy.maxRetryTime ?? Number.POSITIVE_INFINITY;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const pause = Math.min(maxTimeout, minTimeout * factor ** attempt);
      const outOfTime = Date.now() - started + pause > maxRetryTime;
      if (attempt >= retries || outOfTime || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** What is worth trying again on a response_url: no answer, a dropped connection, Slack busy or failing. */
export function isRetryableRespondError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return status === 429 || status >= 500;
  // fetch: TypeError "fetch failed" for a network error; TimeoutError/AbortError for no answer in time.
  return error.name === 'TypeError' || error.name === 'TimeoutError' || error.name === 'AbortError';
}
