import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { QaEntry } from '../../src/knowledge/schema.js';
import { addAlternate, addNotStated, approveEntry, editEntry, notStatedIds } from '../../src/studio/qa-document.js';
import { ACME_PACK, SHIPPED_PACK } from '../helpers/pack-copy.js';

// Studio edits touch only the nodes they change: every other line of qa.yaml (comments, order, quoting, flow lists)
// comes back byte for byte.

const shipped = readFileSync(path.join(SHIPPED_PACK, 'qa.yaml'), 'utf8');
const acme = readFileSync(path.join(ACME_PACK, 'qa.yaml'), 'utf8');

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

const entryOf = (text: string, id: string): QaEntry => {
  const entry = (parse(text).entries as QaEntry[]).find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('Editing an entry in qa.yaml', () => {
  it('changes only the edited field, in the style of the file (double quotes, flow list)', () => {
    const entry = entryOf(acme, 'widget-shares');
    const edited = editEntry(acme, 'widget-shares', {
      question: "How did Widget Co's shares react?",
      alternates: [...entry.alternates, 'Widget stock move'],
      answer: "Widget Co's shares rose 12% in London after the announcement.",
      tags: ['markets'],
      citations: entryOf(acme, 'widget-shares').citations,
      approve: false,
    });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(changedLines(acme, edited.text)).toEqual({
      removed: [
        '    alternates: ["Widget share price", "What happened to Widget Co stock?", "How much did Widget shares rise?"]',
      ],
      added: [
        '    alternates: ["Widget share price", "What happened to Widget Co stock?", "How much did Widget shares rise?", "Widget stock move"]',
      ],
    });
  });

  it('keeps every comment of the shipped pack when an entry is rewritten', () => {
    const before = entryOf(shipped, 'tiktok-shop-sea-gmv');
    const edited = editEntry(shipped, 'tiktok-shop-sea-gmv', {
      question: `${before.question} `.trim(),
      alternates: before.alternates.slice(0, 3),
      answer: 'A new answer.',
      tags: ['tiktok-shop', 'gmv'],
      citations: before.citations,
      approve: false,
    });
    if (!edited.ok) throw new Error(edited.message);
    const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));
    expect(comments(edited.text)).toEqual(comments(shipped));
    expect(entryOf(edited.text, 'tiktok-shop-sea-gmv')).toMatchObject({
      answer: 'A new answer.',
      tags: ['tiktok-shop', 'gmv'],
    });
    const others = (text: string) =>
      (parse(text).entries as { id: string }[]).filter((e) => e.id !== 'tiktok-shop-sea-gmv');
    expect(others(edited.text)).toEqual(others(shipped));
  });

  it('approves an entry by removing its draft mark and nothing else', () => {
    const edited = approveEntry(acme, 'acme-buys-widget');
    if (!edited.ok) throw new Error(edited.message);
    expect(changedLines(acme, edited.text)).toEqual({ removed: ['    draft: true'], added: [] });
  });

  it('adds a question as an alternate once, however often it is added', () => {
    const once = addAlternate(acme, 'deal-approval', 'Which regulators must sign off?');
    if (!once.ok) throw new Error(once.message);
    expect(entryOf(once.text, 'deal-approval').alternates.at(-1)).toBe('Which regulators must sign off?');
    const twice = addAlternate(once.text, 'deal-approval', 'which regulators must sign off? ');
    expect(twice).toEqual(once);
  });

  it('adds a not-stated detail, listed on the entry it goes with', () => {
    const detail = { id: 'widget-ceo', asks: ['who runs widget co'], answer: "The article doesn't say." };
    const edited = addNotStated(acme, detail, 'widget-shares');
    if (!edited.ok) throw new Error(edited.message);
    expect(parse(edited.text).not_stated.at(-1)).toEqual(detail);
    expect(entryOf(edited.text, 'widget-shares')).toMatchObject({ not_stated: ['widget-ceo'] });
    expect(notStatedIds(edited.text)).toContain('widget-ceo');
  });

  it('starts a not_stated list before the entries when the file has none', () => {
    const drafted = 'entries:\n  - id: a\n    question: Q?\n';
    const edited = addNotStated(drafted, { id: 'd', asks: ['x'], answer: 'No.' }, null);
    if (!edited.ok) throw new Error(edited.message);
    expect(edited.text.indexOf('not_stated:')).toBe(0);
    expect(parse(edited.text)).toEqual({
      not_stated: [{ id: 'd', asks: ['x'], answer: 'No.' }],
      entries: [{ id: 'a', question: 'Q?' }],
    });
  });

  it('refuses an entry that is not there, and a file that is not YAML', () => {
    expect(approveEntry(acme, 'no-such-entry')).toMatchObject({ ok: false, code: 'no_entry' });
    expect(approveEntry('entries: [unclosed', 'a')).toMatchObject({ ok: false, code: 'unparsable' });
  });
});
