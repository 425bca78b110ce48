import type { Briefing } from '../briefings/briefing.js';
import type { Catalogue } from '../briefings/catalogue.js';
import { routeQuestion } from '../briefings/route-question.js';
import type { Store } from '../store/store.js';

// A channel's default briefing (`/brief use <briefing>`) lives in the Store, so every instance reads the same one.

const key = (channel: string) => `channel-briefing:${channel}`;

/** The channel's default briefing id, or undefined (none set, no channel, or the store is down). */
export async function readChannelBriefing(store: Store, channel: string | undefined): Promise<string | undefined> {
  return channel ? store.readSetting(key(channel)) : undefined;
}

export async function writeChannelBriefing(store: Store, channel: string, briefingId: string | null): Promise<void> {
  await store.writeSetting(key(channel), briefingId);
}

/**
 * The one briefing a command about "the briefing" means (facts, charts, the digest preview): the channel's default,
 * else the one that answers the topic, else the newest.
 */
export function pickBriefing(catalogue: Catalogue, preferred: string | undefined, topic = ''): Briefing | undefined {
  const chosen = preferred ? catalogue.get(preferred) : undefined;
  if (chosen) return chosen;
  if (topic.trim()) {
    const routed = routeQuestion(catalogue, topic);
    const answering = routed.answered && routed.pack ? catalogue.get(routed.pack) : undefined;
    if (answering) return answering;
  }
  return catalogue.briefings[0];
}
