import type { webApi } from '@slack/bolt';
import type { Pack } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { DIGEST_MESSAGES } from './messages.js';
import { postDigest } from './post-digest.js';
import { type DigestSchedule, scheduleDigest } from './schedule.js';

// Start-up wiring for the digest: no DIGEST_CHANNEL, no schedule (said once); otherwise the schedule, posting
// through the shared store so several instances post once.

export type DigestSettings = {
  DIGEST_CHANNEL?: string | undefined;
  DIGEST_CRON: string;
  DIGEST_TZ: string;
};

export type StartDigestOptions = {
  settings: DigestSettings;
  store: Store;
  /** The briefings served when the digest runs (a reload or a briefing added from Slack shows in the next one). */
  packs: () => readonly Pack[];
  client: webApi.WebClient;
  logger: Logger;
};

export function startDigest({
  settings,
  store,
  packs,
  client,
  logger,
}: StartDigestOptions): DigestSchedule | undefined {
  const channel = settings.DIGEST_CHANNEL;
  if (!channel) {
    logger.info(DIGEST_MESSAGES.disabled);
    return undefined;
  }
  return scheduleDigest({
    cron: settings.DIGEST_CRON,
    timeZone: settings.DIGEST_TZ,
    logger,
    run: (day) => postDigest({ store, packs: packs(), timeZone: settings.DIGEST_TZ, client, channel, day, logger }),
  });
}
