import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type BufferedIncomingMessage, HTTPModuleFunctions, isRawBodyError, isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../log.js';

// Bolt's HTTPReceiver reads `body.ssl_check` before anything else, so a signed body of `null` threw inside it and
// the request was never answered (the caller timed out); a body that is a number, a string or an array, or an
// object with no type Bolt can route, was never acknowledged and got a 404 three seconds later. This guard runs in
// front of the receiver: it reads the body once (Bolt reuses what it read), and answers 400 at once to a correctly
// signed request whose body is not a Slack payload. Everything else, unsigned requests included, goes to Bolt as is.
// It is also the last point before Bolt acknowledges an event (Bolt acks events before any middleware runs), so a
// request to answer is claimed and kept as pending work here (`beforeAck`): once Slack has its ack, the request is
// already on disk or in Redis, and a crash right after the ack cannot lose it. A store slower than CLAIM_WAIT_MS
// (Redis unreachable but not refusing) does not hold the ack past Slack's 3 s: the claim finishes after it, and the
// middleware waits for it there.

export type RequestGuardOptions = {
  signingSecret: string;
  /** The path Slack posts to (Bolt's default endpoint). */
  endpoint: string;
  logger: Logger;
  /** Runs on every signed Slack payload before Bolt sees it; its result is kept on the request (`claimOf`). */
  beforeAck?: (body: Record<string, unknown>) => Promise<PendingClaim>;
};

/** What beforeAck found: the first delivery of a request to answer (now kept), a repeat, or nothing to keep. */
export type PendingClaim = 'first' | 'repeat' | undefined;

const CLAIM = Symbol('pendingClaim');
/** The longest the ack waits for the claim (a healthy store takes milliseconds; 200 at once, some 150 ms). */
const CLAIM_WAIT_MS = 2000;

type ClaimedRequest = IncomingMessage & { [CLAIM]?: Promise<PendingClaim> };

/** The claim beforeAck made (or is still making) for this request, for Bolt's customPropertiesExtractor. */
export function claimOf(req: IncomingMessage): Promise<PendingClaim> | undefined {
  return (req as ClaimedRequest)[CLAIM];
}

export function guardRequests(next: RequestListener, options: RequestGuardOptions): RequestListener {
  const { signingSecret, endpoint, logger, beforeAck } = options;
  return (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== endpoint) {
      next(req, res);
      return;
    }
    void readBody(req).then(
      async () => {
        const read = readSignedPayload(req as BufferedIncomingMessage, signingSecret);
        if ('problem' in read) {
          logger.warn('answered 400 to a signed request that is not a Slack payload', { problem: read.problem });
          answer(res, 400);
          return;
        }
        if (read.payload && beforeAck) {
          const claiming = beforeAck(read.payload).catch((error: unknown) => {
            // The middleware claims it after the ack; a slower path, not a lost request.
            logger.warn('could not claim a request before acknowledging it', { error });
            return undefined;
          });
          (req as ClaimedRequest)[CLAIM] = claiming;
          await Promise.race([claiming, new Promise((resolve) => setTimeout(resolve, CLAIM_WAIT_MS))]);
        }
        next(req, res);
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
 * A correctly signed payload, or why a correctly signed body is no Slack payload; neither when Bolt should decide
 * (a bad signature is 401 and JSON that does not parse is 400 there).
 */
function readSignedPayload(
  req: BufferedIncomingMessage,
  signingSecret: string,
): { problem: string } | { payload?: Record<string, unknown> } {
  const signed = isValidSlackRequest({
    signingSecret,
    body: req.rawBody.toString(),
    headers: {
      'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''),
      'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
    },
  });
  if (!signed) return {};
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return {};
  }
  const problem = describeNonPayload(body);
  return problem === undefined ? { payload: body as Record<string, unknown> } : { problem };
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
