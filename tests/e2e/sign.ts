import { createHmac } from 'node:crypto';

// Builds requests exactly as Slack sends them: v0 HMAC-SHA256 over "v0:<timestamp>:<raw body>" with the signing
// secret, in X-Slack-Signature and X-Slack-Request-Timestamp.
// https://docs.slack.dev/authentication/verifying-requests-from-slack

export function signSlackRequest(signingSecret: string, timestampSeconds: number, rawBody: string): string {
  const hash = createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex');
  return `v0=${hash}`;
}

export type SignedRequest = { body: string; headers: Record<string, string> };

export type SignOptions = {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sign with this secret instead (to forge a bad signature). */
  secret?: string;
  headers?: Record<string, string>;
};

export function signedJson(signingSecret: string, payload: unknown, options: SignOptions = {}): SignedRequest {
  return signed(signingSecret, JSON.stringify(payload), 'application/json', options);
}

export function signedForm(
  signingSecret: string,
  fields: Record<string, string>,
  options: SignOptions = {},
): SignedRequest {
  return signed(signingSecret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** Interactivity: Slack posts `payload=<url-encoded JSON>` as a form. */
export function signedInteraction(signingSecret: string, payload: unknown, options: SignOptions = {}): SignedRequest {
  return signedForm(signingSecret, { payload: JSON.stringify(payload) }, options);
}

/** Any raw body with any content type, signed as Slack would sign it (for bodies Slack would never send). */
export function signedRaw(
  signingSecret: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): SignedRequest {
  return signed(signingSecret, body, contentType, options);
}

function signed(secret: string, body: string, contentType: string, options: SignOptions): SignedRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(options.secret ?? secret, timestamp, body),
      ...options.headers,
    },
  };
}
