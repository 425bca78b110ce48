import type { FakeSlack, RecordedCall } from './fake-slack.js';

/**
 * The first chat.postMessage to `channel` (not yet seen by an earlier wait) whose body passes `matches`. Several
 * conversations post at once in these tests, so waiting for "the next post" alone would pick up the wrong one.
 */
export async function waitForPost(
  slack: FakeSlack,
  channel: string,
  timeoutMs = 5000,
  matches: (body: Record<string, unknown>) => boolean = () => true,
): Promise<RecordedCall> {
  const started = Date.now();
  for (;;) {
    const found = slack
      .callsTo('chat.postMessage')
      .find((call) => call.body.channel === channel && !seen.has(call) && matches(call.body));
    if (found) {
      seen.add(found);
      return found;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for a post to ${channel}; posts went to: ${slack
          .callsTo('chat.postMessage')
          .map((call) => call.body.channel)
          .join(', ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const seen = new WeakSet<RecordedCall>();
