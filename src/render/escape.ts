// Slack parses &, < and > in message text as control sequences: <!channel>, <@U123>, <https://x|label>.
// Escaping exactly those three (Slack's own rule) makes anything a user typed come back as inert text: no
// @channel ping, no user mention, no disguised link. Everything that puts text into mrkdwn goes through here.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
