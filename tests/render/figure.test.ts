import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/knowledge/schema.js';
import { formatAttribution, formatFigureValue } from '../../src/render/figure.js';
import { digitalServicesSurplus, tiktokShopGlobalGmv, tokopediaStake } from '../fixtures/chart-figures.js';

const largestEconomy: Figure = {
  id: 'indonesia-economy-rank',
  label: "Indonesia's rank among Southeast Asian economies",
  value: 'largest',
  unit: 'rank',
  number: 1,
  period: "Not stated in the article (present tense; the article's publication date is not given)",
  subject: "Indonesia's size among Southeast Asian economies",
  attribution: { by: 'Not stated in the article', kind: 'unattributed' },
  citation: { source: 'article', paragraph: 15, quote: 'the TikTok Shop in Southeast Asia’s largest economy' },
  comparison: { statement: 'Southeast Asia’s largest economy', kind: 'rank', against: 'the other economies' },
};

describe('A figure line', () => {
  it('shows the value as the article writes it, unit included', () => {
    expect(formatFigureValue(tiktokShopGlobalGmv)).toBe('$64.3 billion');
    expect(formatFigureValue(digitalServicesSurplus)).toBe('$33 billion');
    expect(formatFigureValue(tokopediaStake)).toBe('75%');
  });

  it('shows a rank written as a bare word with what it ranks', () => {
    expect(formatFigureValue(largestEconomy)).toBe('Southeast Asia’s largest economy');
  });

  it('writes a numeric value with its unit, never a bare number', () => {
    expect(formatFigureValue({ ...tokopediaStake, value: 75, number: undefined })).toBe('75%');
    expect(formatFigureValue({ ...tiktokShopGlobalGmv, value: 64.3e9, number: undefined })).toBe('$64.3 billion');
    expect(
      formatFigureValue({
        ...tiktokShopGlobalGmv,
        value: 150e6,
        number: undefined,
        unit: 'count',
        currency: undefined,
        counts: 'users',
      }),
    ).toBe('150 million users');
  });

  it('names who gave the figure and for when', () => {
    expect(formatAttribution(tiktokShopGlobalGmv)).toBe(
      "Estimate by Momentum Works · last year (the article's publication date is not given)",
    );
  });

  it('says once that the article names no source and no period', () => {
    expect(formatAttribution(tokopediaStake)).toBe(
      "Source and period not stated in the article (described as TikTok's response to Indonesia's 2023 order)",
    );
    expect(formatAttribution(largestEconomy)).toBe(
      "Source and period not stated in the article (present tense; the article's publication date is not given)",
    );
  });

  it('says the source is not named when only the period is given', () => {
    expect(formatAttribution({ ...tokopediaStake, period: 'by 2025' })).toBe(
      'Source not named in the article · by 2025',
    );
  });
});
