import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type BufferedIncomingMessage, HTTPModuleFunctions, isRawBodyError, isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../log.js';

// Bolt's HTTPReceiver reads `body.ssl_check` before anything else, so a signed body of `null` threw inside it and
// the request was never answered (the caller timed out); a body that is a number, a string or an array, or an
// object with no type Bolt can route, was never acknowledged and got a 404 three seconds later. This guard runs in
// front of the receiver: it reads the body once (Bolt reuses what it read), and answers 400 at once to a correctly
// signed request whose body is not a Slack payload. Everything else, unsigned requests included, goes to Bolt as is.

export type RequestGuardOptions = {
  signingSecret: string;
  /** The path Slack posts to (Bolt's default endpoint). */
  endpoint: string;
  logger: Logger;
};

export function guardRequests(next: RequestListener, options: RequestGuardOptions): RequestListener {
  const { signingSecret, endpoint, logger } = options;
  return (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== endpoint) {
      next(req, res);
      return;
    }
    void readBody(req).then(
      () => {
        const problem = describeSignedNonPayload(req as BufferedIncomingMessage, signingSecret);
        if (problem === undefined) {
          next(req, res);
          return;
        }
        logger.warn('answered 400 to a signed request that is not a Slack payload', { problem });
        answer(res, 400);
      },
      (error: unknown) => {
        // As Bolt answers: too large is 413, any other failure to read the body is a bad request.
        const tooLarge = isRawBodyError(error) && (error.statusCode === 413 || error.type === 'entity.too.large');
        logger.warn('could not read a request body', { error, status: tooLarge ? 413 : 400 });
        answer(res, tooLarge ? 413 : 400);
      },
    );
  };
}

function readBody(req: IncomingMessage): Promise<BufferedIncomingMessage> {
  return HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit);
}

/**
 * Why a correctly signed body is no Slack payload, or undefined when Bolt should handle it (a payload, a body Bolt
 * rejects itself: a bad signature is 401 and JSON that does not parse is 400 there).
 */
function describeSignedNonPayload(req: BufferedIncomingMessage, signingSecret: string): string | undefined {
  const signed = isValidSlackRequest({
    signingSecret,
    body: req.rawBody.toString(),
    headers: {
      'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''),
      'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
    },
  });
  if (!signed) return undefined;
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return undefined;
  }
  return describeNonPayload(body);
}

/** A Slack payload is a JSON object with a `type` (events, interactions) or a `command` (slash commands). */
export function describeNonPayload(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return `the body is ${body === null ? 'null' : typeof body}`;
  if (Array.isArray(body)) return 'the body is an array';
  const { type, command, ssl_check: sslCheck } = body as Record<string, unknown>;
  if (typeof type === 'string' || typeof command === 'string' || sslCheck !== undefined) return undefined;
  return 'the body has no type or command';
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
