import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/knowledge/schema.js';
import { chartableGroups, chartGroupForFigure, isChartableFigure } from '../../src/render/chart-groups.js';
import {
  banThreatYear,
  bytedanceStake,
  chartFigures,
  chartPack,
  digitalServicesSurplus,
  indonesiaOrderYear,
  officeOpeningMonth,
  temuShare,
  tiktokShopGlobalGmv,
  tiktokShopSeaGmv,
  tokopediaStake,
  usDealTiming,
} from '../fixtures/chart-figures.js';

describe('Deciding which figures can be charted', () => {
  it('never charts years, months or relative dates, even when the value is a number', () => {
    for (const figure of [banThreatYear, indonesiaOrderYear, officeOpeningMonth, usDealTiming]) {
      expect(isChartableFigure(figure)).toBe(false);
    }
    expect(chartableGroups([banThreatYear, indonesiaOrderYear, officeOpeningMonth, usDealTiming])).toEqual([]);
  });

  it('groups two values in the same unit', () => {
    const [group] = chartableGroups([tiktokShopGlobalGmv, banThreatYear, tiktokShopSeaGmv]);
    expect(group).toMatchObject({ unit: 'money', currency: 'USD' });
    expect(group.figures.map((f) => f.id)).toEqual(['tiktok-shop-global-gmv', 'tiktok-shop-sea-gmv']);
  });

  it('keeps a single value only when the article states a comparison for it', () => {
    expect(chartableGroups([temuShare]).map((g) => g.figures.map((f) => f.id))).toEqual([
      ['temu-global-ecommerce-share'],
    ]);
    expect(chartableGroups([tokopediaStake])).toEqual([]);
  });

  it('puts the largest group first', () => {
    const groups = chartableGroups([digitalServicesSurplus, bytedanceStake, tokopediaStake, temuShare]);
    expect(groups.map((g) => g.unit)).toEqual(['percent', 'money']);
  });

  it('splits one unit by shared alias entity when the pack entities are given', () => {
    const groups = chartableGroups(chartFigures, { entities: chartPack.aliases.entities });
    const ids = groups.map((g) => g.figures.map((f) => f.id));
    expect(ids).toContainEqual(['tiktok-shop-global-gmv', 'tiktok-shop-sea-gmv']);
    expect(ids).toContainEqual(['china-digital-services-trade-surplus']);
  });
});

describe('Finding the chart group of one pack figure', () => {
  it('uses the figures a QA entry lists beside it', () => {
    const group = chartGroupForFigure(chartPack, 'tiktok-shop-sea-gmv');
    expect(group?.figures.map((f) => f.id)).toEqual(['tiktok-shop-global-gmv', 'tiktok-shop-sea-gmv']);
  });

  it('falls back to the figure alone when only its stated comparison is comparable', () => {
    const group = chartGroupForFigure(chartPack, 'china-digital-services-trade-surplus');
    expect(group?.figures.map((f) => f.id)).toEqual(['china-digital-services-trade-surplus']);
  });

  it('returns undefined for a year and for an unknown id', () => {
    expect(chartGroupForFigure(chartPack, 'tiktok-us-ban-threat-since')).toBeUndefined();
    expect(chartGroupForFigure(chartPack, 'no-such-figure')).toBeUndefined();
  });
});

describe('Grouping figures of one unit but different currencies or nouns', () => {
  const money = (id: string, currency: string, number: number): Figure => ({
    ...tiktokShopGlobalGmv,
    id,
    value: String(number),
    number,
    currency,
  });
  const count = (id: string, counts: string, number: number): Figure => ({
    ...tiktokShopGlobalGmv,
    id,
    value: String(number),
    unit: 'count',
    number,
    currency: undefined,
    counts,
    comparison: undefined,
  });

  it('never puts euros beside dollars on one chart', () => {
    const groups = chartableGroups([
      money('usd-a', 'USD', 1e9),
      money('eur-a', 'EUR', 2e9),
      money('usd-b', 'USD', 3e9),
    ]);
    expect(groups.map((g) => [g.currency, g.figures.map((f) => f.id)])).toEqual([
      ['USD', ['usd-a', 'usd-b']],
      ['EUR', ['eur-a']],
    ]);
  });

  it('never puts users beside orders, and ignores the case of the noun', () => {
    const groups = chartableGroups([count('a', 'users', 5), count('b', 'orders', 7), count('c', 'Users', 9)]);
    expect(groups.map((g) => g.figures.map((f) => f.id))).toEqual([['a', 'c']]);
    expect(groups[0]).toMatchObject({ unit: 'count', counts: 'users' });
  });

  it('does not chart money without a currency, nor a figure without a number', () => {
    expect(isChartableFigure({ ...tiktokShopGlobalGmv, currency: undefined })).toBe(false);
    expect(isChartableFigure({ ...tiktokShopGlobalGmv, number: undefined })).toBe(false);
  });
});
