import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/knowledge/schema.js';
import { buildChartAltText } from '../../src/render/chart-alt-text.js';
import { chartForFigures } from '../../src/render/chart-plan.js';
import { buildChartSpec } from '../../src/render/chart-spec.js';
import { shortPeriod, sourceText, wrapText } from '../../src/render/chart-wording.js';
import {
  banThreatYear,
  bytedanceStake,
  digitalServicesSurplus,
  officeOpeningMonth,
  temuShare,
  tiktokShopGlobalGmv,
  tiktokShopSeaGmv,
  tokopediaStake,
} from '../fixtures/chart-figures.js';

describe('Planning a chart for TikTok Shop global and Southeast Asia GMV', () => {
  const plan = chartForFigures([tiktokShopGlobalGmv, tiktokShopSeaGmv]);

  it('draws one bar per stated value, labelled with value and unit', () => {
    expect(plan?.bars.map((b) => b.valueLabel)).toEqual(['$64.3B', '$45.6B']);
  });

  it('titles the chart with the words the labels share', () => {
    expect(plan?.title).toBe('TikTok Shop GMV');
  });

  it('names who estimated the figures and for when in one source line', () => {
    expect(plan?.source).toBe('Source: Momentum Works estimate, last year');
  });

  it('quotes each stated comparison verbatim as a note naming its figure', () => {
    expect(plan?.notes).toEqual([
      'Note: TikTok Shop global GMV: "almost double the previous year" (no earlier value is stated)',
      'Note: TikTok Shop Southeast Asia GMV: "doubled annually" (no earlier value is stated)',
    ]);
  });
});

describe('Planning a chart for one value with a stated comparison', () => {
  it('draws exactly one bar and a note, never a bar for the previous year', () => {
    const plan = chartForFigures([tiktokShopGlobalGmv]);
    expect(plan?.bars).toHaveLength(1);
    expect(plan?.notes).toEqual(['Note: "almost double the previous year" (no earlier value is stated)']);
  });

  it('does not draw Amazon beside Temu, because the article states no separate value for it', () => {
    const plan = chartForFigures([temuShare]);
    expect(plan?.bars.map((b) => b.valueLabel)).toEqual(['24%']);
    expect(plan?.notes).toEqual([
      'Note: "same as the American delivery giant Amazon" (no separate value for Amazon is stated)',
    ]);
  });
});

describe('Planning a chart when nothing is comparable', () => {
  it('returns null for years and months', () => {
    expect(chartForFigures([banThreatYear, officeOpeningMonth])).toBeNull();
  });

  it('returns null for a single value without a comparison', () => {
    expect(chartForFigures([tokopediaStake])).toBeNull();
  });

  it('returns null for no figures at all', () => {
    expect(chartForFigures([])).toBeNull();
  });
});

describe('Chart wording', () => {
  it('keeps the head of a qualified period and drops one the article does not state', () => {
    expect(shortPeriod("last year (the article's publication date is not given)")).toBe('last year');
    expect(shortPeriod('last year, alongside the global figure (not given)')).toBe('last year');
    expect(shortPeriod('Not stated in the article (present tense)')).toBe('');
  });

  it('lists several sources in one line, separated by semicolons', () => {
    expect(sourceText([digitalServicesSurplus, tiktokShopGlobalGmv])).toBe(
      'Sources: State Administration of Foreign Exchange data, by 2025; Momentum Works estimate, last year',
    );
  });

  it('says plainly when the article names no source', () => {
    expect(sourceText([bytedanceStake])).toBe(
      'Source: not named in the article, under the deal TikTok finalized last month',
    );
  });

  it('wraps long text on word boundaries within the character budget', () => {
    const lines = wrapText(
      'Note: "same as the American delivery giant Amazon" (no separate value for Amazon is stated)',
      40,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('The alt text of a chart', () => {
  it('describes every value, the notes and the source', () => {
    const plan = chartForFigures([tiktokShopGlobalGmv, tiktokShopSeaGmv]);
    if (!plan) throw new Error('expected a plan');
    const alt = buildChartAltText(plan);
    expect(alt).toContain('TikTok Shop global GMV: $64.3 billion (last year).');
    expect(alt).toContain('TikTok Shop Southeast Asia GMV: $45.6 billion (last year).');
    expect(alt).toContain('"almost double the previous year"');
    expect(alt).toContain('Source: Momentum Works estimate, last year.');
  });
});

describe('The Vega-Lite spec', () => {
  it('sets the shipped font family and a fixed plot size', () => {
    const plan = chartForFigures([tiktokShopGlobalGmv, tiktokShopSeaGmv]);
    if (!plan) throw new Error('expected a plan');
    const spec = buildChartSpec(plan) as { config: { font: string }; vconcat: { width: number; height: number }[] };
    expect(spec.config.font).toBe('DejaVu Sans');
    expect(spec.vconcat[0]).toMatchObject({ width: 480, height: 24 });
  });

  it('is the same data for the same figures', () => {
    const a = chartForFigures([temuShare]);
    const b = chartForFigures([temuShare]);
    if (!a || !b) throw new Error('expected plans');
    expect(JSON.stringify(buildChartSpec(a))).toBe(JSON.stringify(buildChartSpec(b)));
  });
});

describe('Planning a chart in another currency or of counts', () => {
  const euros = (id: string, label: string, value: string, number: number): Figure => ({
    ...tiktokShopGlobalGmv,
    id,
    label,
    value,
    number,
    currency: 'EUR',
    comparison: undefined,
  });

  it('labels euro bars in euros, each in its own scale, with bars drawn to one scale', () => {
    const plan = chartForFigures([
      euros('a', 'Zalando revenue', '€2.5 billion', 2.5e9),
      euros('b', 'Otto revenue', '€500 million', 5e8),
    ]);
    expect(plan?.bars.map((b) => [b.valueLabel, b.spokenValue, b.value])).toEqual([
      ['€2.5B', '€2.5 billion', 2.5],
      ['€500M', '€500 million', 0.5],
    ]);
  });

  it('names the currency and scale when the labels share too little for a title', () => {
    const plan = chartForFigures([
      euros('a', 'Zalando revenue', '€2.5 billion', 2.5e9),
      euros('b', 'Revenue of the Otto Group, a family-owned retailer based in Hamburg', '€500 million', 5e8),
    ]);
    expect(plan?.title).toBe('Figures from the briefing, in € billion');
  });

  it('counts users with their noun and says what is counted', () => {
    const users = (id: string, label: string, number: number): Figure => ({
      ...tiktokShopGlobalGmv,
      id,
      label,
      value: `${number / 1e6} million users`,
      unit: 'count',
      number,
      currency: undefined,
      counts: 'users',
      comparison: undefined,
    });
    const plan = chartForFigures([users('a', 'Shopee monthly users', 150e6), users('b', 'Lazada monthly users', 90e6)]);
    expect(plan?.bars.map((b) => b.valueLabel)).toEqual(['150M users', '90M users']);
    expect(plan?.bars.map((b) => b.spokenValue)).toEqual(['150 million users', '90 million users']);
  });
});
