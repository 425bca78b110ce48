import { describe, expect, it } from 'vitest';
import { countDrafts } from '../../src/briefings/briefing.js';
import type { QaEntry } from '../../src/knowledge/schema.js';
import { describeBriefing, type ListedBriefing, renderBriefingListBlocks } from '../../src/render/briefing-list.js';
import { renderHomeView } from '../../src/render/home.js';
import { TINY_PACK } from '../slack/helpers.js';

const briefing = (over: Partial<ListedBriefing>): ListedBriefing => ({
  id: 'b',
  title: 'B',
  description: 'About B.',
  outlet: 'Wire',
  date: '2025-01-01',
  url: null,
  entries: 10,
  drafts: 0,
  ...over,
});

describe('Listing briefings', () => {
  it('says how much of a briefing is still draft, and says unknown outlets and dates out loud', () => {
    expect(describeBriefing(briefing({ drafts: 4 }))).toBe('Wire · 2025-01-01 · 10 entries, 4 still draft (40%)');
    expect(describeBriefing(briefing({ outlet: null, date: null, entries: 1 }))).toBe(
      'outlet not stated · date not stated · 1 entry, none draft',
    );
  });

  it('counts entries marked draft: true once packs carry the flag', () => {
    const entry: QaEntry = {
      id: 'e',
      question: 'q',
      alternates: [],
      answer: 'a',
      figures: [],
      tags: ['t'],
      citations: [],
      not_stated: [],
    };
    const pack = { ...TINY_PACK, entries: [{ ...entry, draft: true }, entry, { ...entry, draft: false }] };
    expect(countDrafts(pack)).toBe(1);
  });

  it("lists them in the order given (newest first), marking the channel's default", () => {
    const message = renderBriefingListBlocks(
      [briefing({ id: 'new', title: 'New' }), briefing({ id: 'old', title: 'Old' })],
      'old',
    );
    const text = JSON.stringify(message.blocks);
    expect(text.indexOf('*New*')).toBeLessThan(text.indexOf('*Old*'));
    expect(text).toContain('*Old* _(this channel’s default)_');
    expect(text).toContain('`/brief use new`');
  });

  it('shows the briefings on App Home, newest first, with example questions', () => {
    const view = renderHomeView(
      [briefing({ title: 'First' }), briefing({ title: 'Second' })],
      [{ id: 'e', question: 'Why?' }],
    );
    const text = JSON.stringify(view.blocks);
    expect(text.indexOf('First')).toBeLessThan(text.indexOf('Second'));
    expect(text).toContain('Briefings, newest first* (2)');
    expect(text).toContain('Why?');
  });
});
