import { describe, expect, it } from 'vitest';
import { formatConfigProblems, parseConfig } from '../src/config.js';

const minimal = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abc123' };

describe('Reading configuration from the environment', () => {
  it('starts with only the bot token and signing secret, filling in every default', () => {
    const result = parseConfig(minimal);
    expect(result).toEqual({
      ok: true,
      value: {
        ...minimal,
        PORT: 3000,
        DATA_DIR: './data',
        KNOWLEDGE_DIR: 'knowledge',
        LOG_LEVEL: 'info',
        ANSWER_THRESHOLD: 0.4,
        RATE_LIMIT_PER_MINUTE: 10,
        CURATORS: [],
        DIGEST_CRON: '0 9 * * 1-5',
        DIGEST_TZ: 'UTC',
      },
    });
  });

  it('treats an empty value (NAME= in .env) as not set', () => {
    const result = parseConfig({ ...minimal, PORT: '', SLACK_APP_TOKEN: '  ' });
    expect(result.ok && result.value.PORT).toBe(3000);
    expect(result.ok && result.value.SLACK_APP_TOKEN).toBeUndefined();
  });

  it('reports every missing and malformed variable at once, by name', () => {
    const result = parseConfig({
      SLACK_APP_TOKEN: 'xoxb-wrong-kind',
      PORT: '99999',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      LOG_LEVEL: 'chatty',
      ANSWER_THRESHOLD: '-0.1',
      RATE_LIMIT_PER_MINUTE: '2.5',
    });
    expect(result.ok).toBe(false);
    const names = result.ok ? [] : result.error.problems.map((p) => p.variable);
    expect(names.sort()).toEqual(
      [
        'ANSWER_THRESHOLD',
        'LOG_LEVEL',
        'PORT',
        'RATE_LIMIT_PER_MINUTE',
        'SLACK_API_URL',
        'SLACK_APP_TOKEN',
        'SLACK_BOT_TOKEN',
        'SLACK_SIGNING_SECRET',
      ].sort(),
    );
  });

  it('requires SLACK_API_URL to end with a slash', () => {
    const result = parseConfig({ ...minimal, SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(result.ok ? '' : result.error.problems[0].message).toContain('must end with "/"');
    expect(parseConfig({ ...minimal, SLACK_API_URL: 'http://127.0.0.1:9/api/' }).ok).toBe(true);
  });

  it('writes one message listing each problem on its own line', () => {
    const message = formatConfigProblems([
      { variable: 'SLACK_BOT_TOKEN', message: 'is required' },
      { variable: 'PORT', message: 'must be a number' },
    ]);
    expect(message.split('\n')).toEqual([
      'Briefing Bot cannot start: 2 environment variables are missing or invalid.',
      '  - SLACK_BOT_TOKEN: is required',
      '  - PORT: must be a number',
      'Set them in the environment or in .env (see .env.example).',
    ]);
  });
});

describe('Reading the digest and Redis settings', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

  it('accepts a channel id, a cron pattern, an IANA zone and a redis URL', () => {
    const result = parseConfig({
      ...base,
      DIGEST_CHANNEL: 'C0123ABC',
      DIGEST_CRON: '30 8 * * *',
      DIGEST_TZ: 'Asia/Singapore',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(result.ok && result.value).toMatchObject({ DIGEST_CHANNEL: 'C0123ABC', DIGEST_TZ: 'Asia/Singapore' });
  });

  it('names a bad time zone, cron pattern, channel or Redis URL', () => {
    const result = parseConfig({
      ...base,
      DIGEST_CHANNEL: '#general',
      DIGEST_CRON: 'at nine',
      DIGEST_TZ: 'Mars/Olympus',
      REDIS_URL: 'http://localhost',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.map((p) => p.variable).sort()).toEqual([
      'DIGEST_CHANNEL',
      'DIGEST_CRON',
      'DIGEST_TZ',
      'REDIS_URL',
    ]);
  });
});

describe('Reading who the curators are', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
  const curators = (value: string | undefined) => {
    const result = parseConfig({ ...base, CURATORS: value });
    return result.ok ? result.value.CURATORS : result.error.problems;
  };

  it('reads a comma-separated list of Slack user ids, spaces and empty items aside', () => {
    expect(curators(' U012AB, W0CD34 ,, ')).toEqual(['U012AB', 'W0CD34']);
  });

  it('means nobody when unset or blank', () => {
    expect(curators(undefined)).toEqual([]);
    expect(curators('  ')).toEqual([]);
  });

  it('names CURATORS when an item is not a user id (a name or a mention)', () => {
    expect(curators('U012AB,@ana')).toEqual([
      { variable: 'CURATORS', message: expect.stringContaining('Slack user ids such as U0123456789') },
    ]);
  });
});
