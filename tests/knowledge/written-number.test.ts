import { describe, expect, it } from 'vitest';
import { dropParagraphs } from '../../src/knowledge/paragraphs.js';
import { sameNumber, writtenNumber } from '../../src/knowledge/written-number.js';

describe('Reading the number a value text writes', () => {
  it('scales money, counts and Chinese amounts by the word after the number', () => {
    expect(writtenNumber('$64.3 billion')).toBe(64.3e9);
    expect(writtenNumber('€2.5bn')).toBe(2.5e9);
    expect(writtenNumber('RM10M')).toBe(10e6);
    expect(writtenNumber('150 million users')).toBe(150e6);
    expect(writtenNumber('US$1,200')).toBe(1200);
    expect(sameNumber(writtenNumber('1.5万亿元') ?? 0, 1.5e12)).toBe(true);
  });

  it('reads percentages and years as they are, and a word that only starts like a scale not as one', () => {
    expect(writtenNumber('24%')).toBe(24);
    expect(writtenNumber('2024')).toBe(2024);
    expect(writtenNumber('3 months')).toBe(3);
  });

  it('reads nothing from text without one plain number', () => {
    expect(writtenNumber('second')).toBeUndefined();
    expect(writtenNumber('from 12% to 15%')).toBeUndefined();
  });
});

describe('Dropping page furniture', () => {
  it('drops whole paragraphs equal to a pattern, a trailing * matching any rest, and counts each drop', () => {
    const { kept, dropped } = dropParagraphs(
      ['Title', 'Photo', 'Credit Getty  Images', 'Creditors met on Monday.', 'Continue reading the main story'],
      ['Photo', 'Credit *', 'Continue reading the main story', 'Advertisement'],
    );
    expect(kept).toEqual(['Title', 'Creditors met on Monday.']);
    expect(dropped).toEqual([1, 1, 1, 0]);
  });
});
