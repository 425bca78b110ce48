import type { IncomingMessage } from 'node:http';
import {
  type BufferedIncomingMessage,
  type CustomRoute,
  ErrorCode,
  HTTPModuleFunctions,
  HTTPReceiver,
  type ReceiverProcessEventErrorHandlerArgs,
} from '@slack/bolt';
import type { Logger } from '../log.js';
import { toBoltLogger } from './bolt-logger.js';
import { claimOf, guardRequests, type PendingClaim } from './request-guard.js';

// HTTP mode's receiver: Bolt's HTTPReceiver, with the request guard in front (see request-guard.ts) and an error
// answer for requests Bolt itself cannot read.

const ENDPOINT = '/slack/events';

export type HttpReceiverOptions = {
  signingSecret: string;
  port: number;
  customRoutes: CustomRoute[];
  logger: Logger;
  /** Claims a request to answer before Bolt acknowledges it (see request-guard.ts); its result reaches the context. */
  claimBeforeAck?: (body: Record<string, unknown>) => Promise<PendingClaim>;
};

export function createHttpReceiver({
  signingSecret,
  port,
  customRoutes,
  logger,
  claimBeforeAck,
}: HttpReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: [ENDPOINT],
    port,
    customRoutes,
    logger: toBoltLogger(logger),
    // Ack first, work after: Slack's 3-second budget covers only the ack.
    processBeforeResponse: false,
    processEventErrorHandler: (args) => answerUnreadableRequest(args, logger),
    customPropertiesExtractor: (req) => ({ pendingClaim: claimOf(req) }),
  });
  receiver.requestListener = guardRequests(receiver.requestListener, {
    signingSecret,
    endpoint: ENDPOINT,
    logger,
    beforeAck: claimBeforeAck,
  });
  return receiver;
}

/**
 * Bolt throws before acknowledging only when it cannot read a payload ("channel": null in an event made it throw and
 * answer 500). The same request would fail the same way every time, so nothing is retried: an event is acknowledged
 * (200, as Slack asks of every event; there is nothing to answer), anything else is a bad request (400).
 */
async function answerUnreadableRequest(args: ReceiverProcessEventErrorHandlerArgs, logger: Logger): Promise<boolean> {
  const { error, request, response } = args;
  if (response.headersSent) {
    logger.error('an error reached the receiver after the request was acknowledged', { error });
    return false;
  }
  if ('code' in error && error.code === ErrorCode.AuthorizationError) {
    response.writeHead(401);
    response.end();
    return false;
  }
  const status = isEvent(request) ? 200 : 400;
  logger.warn('could not process a request from Slack', { error, status });
  response.writeHead(status);
  response.end();
  return false;
}

function isEvent(request: IncomingMessage): boolean {
  try {
    const body: unknown = HTTPModuleFunctions.parseHTTPRequestBody(request as BufferedIncomingMessage);
    return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'event_callback';
  } catch {
    return false;
  }
}
