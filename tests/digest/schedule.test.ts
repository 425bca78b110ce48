import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCronPattern, scheduleDigest } from '../../src/digest/schedule.js';
import { createLogger } from '../../src/log.js';

// croner runs on setTimeout and Date, so vitest's fake clock drives it: no test waits for 9am.

const logger = createLogger({ level: 'error', write: () => undefined });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('The digest schedule', () => {
  it('fires at 09:00 on weekdays in the digest time zone, asking for that day there', async () => {
    // Friday 5 July 2024, 07:59 UTC = 08:59 in London (BST).
    vi.setSystemTime(new Date('2024-07-05T07:59:00Z'));
    const days: string[] = [];
    const schedule = scheduleDigest({
      cron: '0 9 * * 1-5',
      timeZone: 'Europe/London',
      logger,
      run: async (day) => void days.push(day),
    });
    expect(schedule.nextRun()?.toISOString()).toBe('2024-07-05T08:00:00.000Z');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(days).toEqual(['2024-07-05']);
    // Through the weekend to Monday 09:00 BST.
    await vi.advanceTimersByTimeAsync(3 * 24 * 3_600_000);
    expect(days).toEqual(['2024-07-05', '2024-07-08']);
    schedule.stop();
  });

  it('uses the day in the digest zone, not in UTC', async () => {
    // 09:00 in Tokyo on Monday 8 July is 00:00 UTC the same day; 23:30 UTC Sunday is Monday in Tokyo.
    vi.setSystemTime(new Date('2024-07-07T23:30:00Z'));
    const days: string[] = [];
    const schedule = scheduleDigest({
      cron: '0 9 * * 1-5',
      timeZone: 'Asia/Tokyo',
      logger,
      run: async (d) => void days.push(d),
    });
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(days).toEqual(['2024-07-08']);
    schedule.stop();
  });

  it('keeps running after a failed run, and fires nothing once stopped', async () => {
    vi.setSystemTime(new Date('2024-07-08T08:59:00Z'));
    let runs = 0;
    const schedule = scheduleDigest({
      cron: '0 9 * * *',
      timeZone: 'UTC',
      logger,
      run: async () => {
        runs += 1;
        throw new Error('Slack is down');
      },
    });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000 + 60_000);
    expect(runs).toBe(2);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(3 * 24 * 3_600_000);
    expect(runs).toBe(2);
  });

  it('accepts standard cron patterns and rejects malformed ones', () => {
    expect(isCronPattern('0 9 * * 1-5')).toBe(true);
    expect(isCronPattern('every morning')).toBe(false);
    expect(isCronPattern('61 9 * * *')).toBe(false);
  });
});
