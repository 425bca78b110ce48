import { Cron } from 'croner';
import type { Logger } from '../log.js';
import { dayInZone } from './dates.js';

// The in-process timer: croner fires on DIGEST_CRON in DIGEST_TZ (daylight saving handled by croner), and each
// firing asks for the digest of that day in that zone. Whether anything is posted is post-digest's decision (the
// once-a-day slot), so every instance can run this schedule safely.

export type DigestScheduleOptions = {
  cron: string;
  timeZone: string;
  logger: Logger;
  /** Posts the digest for a YYYY-MM-DD day; a rejection is logged and the schedule keeps running. */
  run: (day: string) => Promise<unknown>;
  /** "Now" when a run fires; croner itself reads Date, which vitest's fake timers also control. */
  now?: () => Date;
};

export type DigestSchedule = {
  nextRun(): Date | null;
  stop(): void;
};

export function scheduleDigest(options: DigestScheduleOptions): DigestSchedule {
  const { cron, timeZone, logger, run } = options;
  const now = options.now ?? (() => new Date());
  const job = new Cron(cron, { timezone: timeZone, protect: true }, async () => {
    const day = dayInZone(now(), timeZone);
    try {
      await run(day);
    } catch (error) {
      logger.error('the scheduled digest failed; the next run will try again', { day, error });
    }
  });
  logger.info('digest scheduled', { cron, timeZone, nextRun: job.nextRun()?.toISOString() });
  return { nextRun: () => job.nextRun(), stop: () => job.stop() };
}

/** True when croner accepts the pattern; config validation uses it so a typo stops start-up, not the 9am post. */
export function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}
