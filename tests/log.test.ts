import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

const collect = (level: 'debug' | 'info' | 'warn' | 'error' = 'debug') => {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line), now: () => new Date(0) });
  return { logger, lines };
};

describe('Structured logging', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, lines } = collect();
    logger.child({ component: 'store' }).info('saved', { file: 'a.jsonl' });
    expect(JSON.parse(lines[0])).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      msg: 'saved',
      component: 'store',
      file: 'a.jsonl',
    });
  });

  it('never prints a Slack token, wherever it appears', () => {
    const { logger, lines } = collect();
    logger.error('call failed with xoxb-123-456-abcDEF inside', {
      headers: { Authorization: 'Bearer xoxb-123-456-abcDEF' },
      appToken: 'xapp-1-A1-2-zz',
      error: new Error('token xoxp-9-9-9 rejected'),
    });
    expect(lines[0]).not.toMatch(/xoxb-|xapp-|xoxp-/);
    expect(lines[0]).toContain('[redacted]');
  });

  it('drops lines below the configured level', () => {
    const { logger, lines } = collect('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['loud']);
  });
});
