// Slack parses &, < and > in message text as control sequences: <!channel>, <@U123>, <https://x|label>.
// Escaping exactly those three (Slack's own rule) makes anything a user typed come back as inert text: no
// @channel ping, no user mention, no disguised link. Everything that puts text into mrkdwn goes through here.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Never between the two halves of a surrogate pair (an emoji): a lone half is not valid text to send.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
