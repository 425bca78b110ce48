import type { Logger } from '../log.js';

// Every HTTP request the bot makes to Slack (Web API calls through Bolt's WebClient, and respond() to a
// response_url) goes through this fetch, given to Bolt as clientOptions.fetch. It adds what the client lacks:
// - a timeout on requests that have none (respond; the WebClient sets its own from clientOptions.timeout), so a call
//   Slack never answers fails and is retried instead of hanging, and shutdown never waits on it for ever;
// - one warning at the first failure of an outage (an error, a timeout, a 5xx, a 429), debug lines for the rest of
//   it, and one info line when calls succeed again (before, 500s and timeouts were retried in silence);
// - Slack sometimes answers a rate limit as HTTP 200 with {"ok": false, "error": "ratelimited"}; the client only
//   retries a 429, so that answer is handed to it as the 429 it means (with Slack's Retry-After, or 1 second).

export type SlackFetchOptions = {
  /** Per request; the WebClient's own calls carry its signal instead. */
  timeoutMs: number;
  logger: Logger;
  /** The real fetch; tests never replace it (they point SLACK_API_URL at the fake Slack). */
  fetch?: typeof fetch;
};

const DEFAULT_RETRY_AFTER_SECONDS = 1;

export function createSlackFetch({
  timeoutMs,
  logger,
  fetch: send = globalThis.fetch,
}: SlackFetchOptions): typeof fetch {
  let failing = false;
  let failedCalls = 0;
  const failed = (url: string, problem: Record<string, unknown>) => {
    failedCalls += 1;
    const fields = { call: describeUrl(url), ...problem };
    if (failing) {
      logger.debug('a Slack API call failed again; retrying', fields);
      return;
    }
    failing = true;
    logger.warn('a Slack API call failed; retrying while the answer is still useful', fields);
  };
  const succeeded = () => {
    if (!failing) return;
    logger.info('Slack API calls succeed again', { failedCalls });
    failing = false;
    failedCalls = 0;
  };

  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const signal = init.signal ?? AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await send(input, { ...init, signal });
    } catch (error) {
      failed(url, { error: timedOut(error) ? `no answer within ${timeoutMs} ms` : error });
      throw error;
    }
    if (response.status === 429 || response.status >= 500) {
      failed(url, { status: response.status });
      return response;
    }
    if (await isRateLimitedOk(response)) {
      failed(url, { status: response.status, error: 'ratelimited' });
      const retryAfter = response.headers.get('retry-after') ?? String(DEFAULT_RETRY_AFTER_SECONDS);
      return new Response(await response.text(), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
      });
    }
    succeeded();
    return response;
  };
}

async function isRateLimitedOk(response: Response): Promise<boolean> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('application/json')) return false;
  try {
    const body = (await response.clone().json()) as { ok?: unknown; error?: unknown };
    return body.ok === false && body.error === 'ratelimited';
  } catch {
    return false;
  }
}

function timedOut(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The Web API method ("chat.postMessage"), else only the host: a response_url's path is a secret. */
function describeUrl(url: string): string {
  try {
    const { pathname, host } = new URL(url);
    return pathname.match(/\/api\/([\w.]+)$/)?.[1] ?? host;
  } catch {
    return 'unknown';
  }
}
