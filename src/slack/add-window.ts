import { PENDING_ADD_MINUTES } from '../render/curating-messages.js';
import type { Store } from '../store/store.js';

// `/brief add` in a channel opens a few minutes in which the curator's next file shared there becomes a briefing;
// any other file shared in a channel is conversation, left alone. Kept in the Store, so the instance that receives
// the file need not be the one that received the command.

const WINDOW_MS = PENDING_ADD_MINUTES * 60_000;

const key = (channel: string, userId: string) => `briefing-add:${channel}:${userId}`;

export async function openAddWindow(store: Store, channel: string, userId: string, nowMs: number): Promise<void> {
  await store.writeSetting(key(channel, userId), String(nowMs + WINDOW_MS));
}

export async function isAddWindowOpen(store: Store, channel: string, userId: string, nowMs: number): Promise<boolean> {
  const until = Number(await store.readSetting(key(channel, userId)));
  return Number.isFinite(until) && until > nowMs;
}

/** One file per `/brief add`: the window closes when a file is taken. */
export async function closeAddWindow(store: Store, channel: string, userId: string): Promise<void> {
  await store.writeSetting(key(channel, userId), null);
}
