import { describe, expect, it } from 'vitest';
import { type Amount, shortAmount, spokenAmount, writtenAmount } from '../../src/render/amount.js';

const money = (number: number, currency: string): Amount => ({ unit: 'money', number, currency });

describe('Writing money in any currency and scale', () => {
  it('labels bars with the currency symbol and a one-letter scale', () => {
    expect(shortAmount(money(64.3e9, 'USD'))).toBe('$64.3B');
    expect(shortAmount(money(2.5e9, 'EUR'))).toBe('€2.5B');
    expect(shortAmount(money(10e6, 'GBP'))).toBe('£10M');
    expect(shortAmount(money(10e6, 'MYR'))).toBe('RM10M');
    expect(shortAmount(money(1.2e9, 'SGD'))).toBe('S$1.2B');
    expect(shortAmount(money(1.5e12, 'CNY'))).toBe('¥1.5T');
    expect(shortAmount(money(144e6, 'HKD'))).toBe('HK$144M');
  });

  it('says the scale in words aloud and in text', () => {
    expect(spokenAmount(money(64.3e9, 'USD'))).toBe('$64.3 billion');
    expect(writtenAmount(money(2.5e9, 'EUR'))).toBe('€2.5 billion');
    expect(spokenAmount(money(-3e9, 'USD'))).toBe('minus $3 billion');
    expect(shortAmount(money(-3e9, 'USD'))).toBe('-$3B');
  });

  it('writes amounts under a million in full, and a code where no symbol names the currency', () => {
    expect(shortAmount(money(950000, 'USD'))).toBe('$950,000');
    expect(shortAmount(money(2.5e9, 'CHF'))).toBe('CHF 2.5B');
  });
});

describe('Writing percentages and counts', () => {
  it('writes percent and percentage points', () => {
    expect(shortAmount({ unit: 'percent', number: 19.9 })).toBe('19.9%');
    expect(spokenAmount({ unit: 'percent', number: 24 })).toBe('24 percent');
    expect(shortAmount({ unit: 'percentage_points', number: 3.5 })).toBe('3.5 pp');
    expect(writtenAmount({ unit: 'percentage_points', number: 3.5 })).toBe('3.5 percentage points');
  });

  it('writes a count with its noun', () => {
    expect(shortAmount({ unit: 'count', number: 150e6, counts: 'users' })).toBe('150M users');
    expect(spokenAmount({ unit: 'count', number: 150e6, counts: 'users' })).toBe('150 million users');
    expect(shortAmount({ unit: 'count', number: 1200 })).toBe('1,200');
  });
});
