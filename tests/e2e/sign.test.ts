import { verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { signSlackRequest } from './sign.js';

// Slack's worked example from "Verifying requests from Slack" (docs.slack.dev/authentication/verifying-requests-from-slack).
const EXAMPLE = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
    '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

const verify = (body: string, signature: string, nowSeconds: number) =>
  verifySlackRequest({
    signingSecret: EXAMPLE.signingSecret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': EXAMPLE.timestamp },
    nowMilliseconds: nowSeconds * 1000,
  });

describe("Slack's published signing example", () => {
  it('is signed by the test helper to exactly the signature Slack publishes', () => {
    expect(signSlackRequest(EXAMPLE.signingSecret, EXAMPLE.timestamp, EXAMPLE.body)).toBe(EXAMPLE.signature);
  });

  it("is accepted by the verifier the app's HTTP receiver runs on every request", () => {
    expect(() => verify(EXAMPLE.body, EXAMPLE.signature, EXAMPLE.timestamp + 10)).not.toThrow();
  });

  it('is rejected when one byte of the body changes', () => {
    expect(() => verify(EXAMPLE.body.replace('foobar', 'foobaz'), EXAMPLE.signature, EXAMPLE.timestamp)).toThrow(
      /signature mismatch/,
    );
  });

  it('is rejected once the timestamp is more than five minutes old', () => {
    expect(() => verify(EXAMPLE.body, EXAMPLE.signature, EXAMPLE.timestamp + 6 * 60)).toThrow(/stale/);
  });
});
