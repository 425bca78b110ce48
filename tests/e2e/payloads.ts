import { FAKE_BOT } from './fake-slack.js';

// Request bodies shaped like the ones Slack sends (trimmed to the fields Bolt and the bot read).

let counter = 0;
const nextId = () => {
  counter += 1;
  return counter;
};

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${nextId()}`) {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true }],
    event,
  };
}

export function mentionEvent(text: string, extra: Record<string, unknown> = {}) {
  const ts = `1700000100.${String(nextId()).padStart(6, '0')}`;
  return eventCallback({
    type: 'app_mention',
    user: 'UASKER',
    text: `<@${FAKE_BOT.userId}> ${text}`,
    ts,
    channel: 'CGENERAL',
    event_ts: ts,
    ...extra,
  });
}

export function directMessageEvent(text: string, extra: Record<string, unknown> = {}) {
  const ts = `1700000200.${String(nextId()).padStart(6, '0')}`;
  return eventCallback({
    type: 'message',
    channel_type: 'im',
    user: 'UASKER',
    text,
    ts,
    channel: 'DASKER',
    event_ts: ts,
    ...extra,
  });
}

/** A plain message in a channel (or, with thread_ts, a reply in a thread), as message.channels delivers it. */
export function channelMessageEvent(text: string, extra: Record<string, unknown> = {}) {
  const ts = `1700000300.${String(nextId()).padStart(6, '0')}`;
  return eventCallback({
    type: 'message',
    channel_type: 'channel',
    user: 'UASKER',
    text,
    ts,
    channel: 'CGENERAL',
    event_ts: ts,
    ...extra,
  });
}

/**
 * Sharing a file, as Slack announces it: a message with subtype file_share (message.im or message.channels) and a
 * file_shared event, each with its own event id. Returns both, message first.
 */
export function fileShareEvents(
  file: { id: string; name: string },
  where: { user: string; channel: string; channelType: 'im' | 'channel'; text?: string },
) {
  const ts = `1700000400.${String(nextId()).padStart(6, '0')}`;
  const message = eventCallback({
    type: 'message',
    subtype: 'file_share',
    text: where.text ?? '',
    user: where.user,
    upload: true,
    display_as_bot: false,
    files: [{ id: file.id, name: file.name, title: file.name, mode: 'hosted' }],
    channel: where.channel,
    channel_type: where.channelType,
    ts,
    event_ts: ts,
  });
  const shared = eventCallback({
    type: 'file_shared',
    channel_id: where.channel,
    file_id: file.id,
    user_id: where.user,
    file: { id: file.id },
    event_ts: ts,
  });
  return { message, shared, ts };
}

export function briefCommand(text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'fake',
    channel_id: 'CGENERAL',
    channel_name: 'general',
    user_id: 'UASKER',
    user_name: 'asker',
    command: '/brief',
    text,
    api_app_id: 'A0001',
    response_url: responseUrl,
    trigger_id: `${nextId()}.1.abc`,
  };
}

type Button = { action_id: string; value: string; text: { text: string } };

/** Every button in a posted message, in order. */
export function buttonsIn(blocks: unknown): Button[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block: { type?: string; elements?: Button[] }) =>
    block.type === 'actions' ? (block.elements ?? []) : [],
  );
}

/** The first button whose action_id starts with `prefix`; throws (failing the test) when there is none. */
export function buttonStartingWith(blocks: unknown, prefix: string): Button {
  const found = buttonsIn(blocks).find((button) => button.action_id.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} button in ${JSON.stringify(blocks)}`);
  return found;
}

export function blockAction(
  button: Button,
  options: {
    responseUrl: string;
    channel?: string;
    messageTs?: string;
    ephemeral?: boolean;
    blocks?: unknown;
    user?: string;
  },
) {
  const channel = options.channel ?? 'CGENERAL';
  const messageTs = options.messageTs ?? '1700000000.000001';
  return {
    type: 'block_actions',
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    user: { id: options.user ?? 'UASKER', username: 'asker', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: options.ephemeral
      ? { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: true }
      : { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: `${nextId()}.1.def`,
    channel: { id: channel, name: 'general' },
    // Slack leaves the message out of payloads from ephemeral messages.
    ...(options.ephemeral
      ? {}
      : { message: { type: 'message', ts: messageTs, text: 'answer', blocks: options.blocks } }),
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: button.text.text },
        value: button.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** Everything Slack would display from a message: every `text` in its blocks plus the fallback, not button values. */
export function visibleText(message: Record<string, unknown>): string {
  const texts: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if (key === 'text') texts.push(node);
      return;
    }
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(message.blocks);
  walk(message.text, 'text');
  return texts.join('\n');
}
