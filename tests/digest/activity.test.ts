import { describe, expect, it } from 'vitest';
import { anonymise, summariseDay } from '../../src/digest/activity.js';
import { dayInZone, previousDay } from '../../src/digest/dates.js';
import type { ActivityRecord, FeedbackRecord, UnansweredRecord } from '../../src/store/store.js';

const asked = (at: string, answered: boolean, tags: string[] = []): ActivityRecord => ({
  at,
  answered,
  entryId: answered ? 'e1' : null,
  tags,
});
const voted = (at: string, up: boolean): FeedbackRecord => ({
  answerKey: `C1:${at}`,
  userId: 'U1',
  vote: up ? 'up' : 'down',
  entryId: 'e1',
  at,
});
const missed = (at: string, question: string): UnansweredRecord => ({ at, question, via: 'mention' });

describe("A day's activity", () => {
  it('counts questions, answers, votes and topics of that day only', () => {
    const stats = summariseDay(
      {
        activity: [
          asked('2024-07-07T08:00:00Z', true, ['gmv', 'tiktok-shop']),
          asked('2024-07-07T09:00:00Z', true, ['gmv']),
          asked('2024-07-07T10:00:00Z', false),
          asked('2024-07-08T10:00:00Z', true, ['temu']),
        ],
        feedback: [
          voted('2024-07-07T08:01:00Z', true),
          voted('2024-07-07T08:02:00Z', false),
          voted('2024-07-06T08:00:00Z', true),
        ],
        unanswered: [missed('2024-07-07T10:00:00Z', 'who runs Lazada?')],
      },
      '2024-07-07',
      'UTC',
    );
    expect(stats).toEqual({
      day: '2024-07-07',
      questions: 3,
      answered: 2,
      thumbsUp: 1,
      thumbsDown: 1,
      topTopics: [
        { tag: 'gmv', count: 2 },
        { tag: 'tiktok-shop', count: 1 },
      ],
      unansweredCount: 1,
      unanswered: ['who runs Lazada?'],
    });
  });

  it('assigns a record to the day it happened in the digest time zone, not in UTC', () => {
    const late = asked('2024-07-07T20:30:00Z', true);
    const records = { activity: [late], feedback: [], unanswered: [] };
    expect(summariseDay(records, '2024-07-07', 'UTC').questions).toBe(1);
    expect(summariseDay(records, '2024-07-08', 'Asia/Singapore').questions).toBe(1);
    expect(summariseDay(records, '2024-07-07', 'Asia/Singapore').questions).toBe(0);
  });

  it('lists at most three unanswered questions, latest first, without repeats or user mentions', () => {
    const stats = summariseDay(
      {
        activity: [],
        feedback: [],
        unanswered: [
          missed('2024-07-07T08:00:00Z', 'first?'),
          missed('2024-07-07T09:00:00Z', 'ask <@U123|ana> about Shopee?'),
          missed('2024-07-07T10:00:00Z', 'Who runs Lazada?'),
          missed('2024-07-07T11:00:00Z', 'who runs lazada?'),
          missed('2024-07-07T12:00:00Z', '<!subteam^S1> what about Temu?'),
        ],
      },
      '2024-07-07',
      'UTC',
    );
    expect(stats.unansweredCount).toBe(5);
    expect(stats.unanswered).toEqual(['a group what about Temu?', 'who runs lazada?', 'ask someone about Shopee?']);
  });

  it('is all zeros on a day nobody asked anything', () => {
    const stats = summariseDay({ activity: [], feedback: [], unanswered: [] }, '2024-07-07', 'UTC');
    expect(stats).toMatchObject({
      questions: 0,
      answered: 0,
      thumbsUp: 0,
      thumbsDown: 0,
      topTopics: [],
      unanswered: [],
    });
  });
});

describe('Days in a zone', () => {
  it('knows the day before, across months and leap days', () => {
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2025-01-01')).toBe('2024-12-31');
  });

  it('reads the calendar day of an instant in a zone', () => {
    expect(dayInZone(new Date('2024-07-07T23:30:00Z'), 'UTC')).toBe('2024-07-07');
    expect(dayInZone(new Date('2024-07-07T23:30:00Z'), 'Asia/Tokyo')).toBe('2024-07-08');
    expect(dayInZone(new Date('2024-07-08T02:00:00Z'), 'America/New_York')).toBe('2024-07-07');
  });

  it('removes user and group mentions from question text', () => {
    expect(anonymise('hey <@U0ABC> and <!here>  please')).toBe('hey someone and a group please');
  });
});
