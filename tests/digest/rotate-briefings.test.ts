import { describe, expect, it } from 'vitest';
import { leadFigure } from '../../src/digest/lead-figure.js';
import { briefingForFigure, pickBriefingFigure, pickQuestionAcross } from '../../src/digest/rotate-briefings.js';
import { pickFigure, pickQuestion } from '../../src/digest/rotation.js';
import type { Figure, Pack } from '../../src/knowledge/schema.js';
import { chartGroupForFigure } from '../../src/render/chart-groups.js';
import { temuShare, tiktokShopGlobalGmv } from '../fixtures/chart-figures.js';
import { dealTiming, digestPack, launchYear, secondDigestPack } from '../fixtures/digest-pack.js';

const isChartable = (pack: Pack, figure: Figure) => chartGroupForFigure(pack, figure.id) !== undefined;
const dayOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const noFigures: Pack = { ...digestPack, meta: { ...digestPack.meta, id: 'a-no-figures' }, figures: [] };

describe('The figure of the day across briefings', () => {
  it('takes turns between the briefings with figures, in id order, whatever order they are served in', () => {
    const served = [secondDigestPack, noFigures, digestPack];
    const turns = [0, 1, 2, 3].map((n) => briefingForFigure(served, n)?.meta.id);
    expect(turns).toEqual(['digest-fixture', 'second-fixture', 'digest-fixture', 'second-fixture']);
  });

  it("carries on each briefing's own rotation, so none of its figures repeats before all were shown", () => {
    const shown = Array.from(
      { length: secondDigestPack.figures.length },
      (_, position) => pickBriefingFigure(secondDigestPack, position, isChartable)?.figure.id,
    );
    expect(shown.sort()).toEqual(secondDigestPack.figures.map((f) => f.id).sort());
  });

  it('is the one-briefing rotation when there is one briefing', () => {
    const chartable = (figure: Figure) => isChartable(digestPack, figure);
    for (let n = 0; n < 12; n++)
      expect(pickBriefingFigure(digestPack, n, isChartable)?.figure).toBe(
        pickFigure(digestPack.figures, 'digest-fixture', n, chartable),
      );
  });

  it("shows a briefing's reviewed figures only, and of one all draft its amounts and shares", () => {
    const draft = (pack: Pack, id: string): Pack => ({
      ...pack,
      meta: { ...pack.meta, id },
      figures: pack.figures.map((figure) => ({ ...figure, draft: true })),
    });
    const allDraft = draft(digestPack, 'all-draft');
    const partly: Pack = { ...allDraft, meta: { ...allDraft.meta, id: 'partly' } };
    partly.figures = partly.figures.map((f) => (f.unit === 'year' ? { ...f, draft: false } : f));
    const shown = (pack: Pack) =>
      new Set(Array.from({ length: 10 }, (_, n) => pickBriefingFigure(pack, n, () => true)?.figure.unit));
    expect(shown(allDraft)).toEqual(new Set(['money', 'percent']));
    expect(shown(partly)).toEqual(new Set(['year']));
    // A briefing whose drafted figures are all dates takes no turn.
    const datesOnly = draft(secondDigestPack, 'b-dates');
    datesOnly.figures = datesOnly.figures.filter((f) => f.unit === 'date');
    expect([0, 1].map((n) => briefingForFigure([datesOnly, digestPack], n)?.meta.id)).toEqual([
      'digest-fixture',
      'digest-fixture',
    ]);
  });

  it('has no figure when no briefing has one', () => {
    expect(briefingForFigure([noFigures], 0)).toBeUndefined();
  });
});

describe('The question of the day across briefings', () => {
  it('comes from each briefing in turn on consecutive days, and is the same on a re-run', () => {
    const picks = [20_000, 20_001, 20_002, 20_003].map((n) =>
      pickQuestionAcross([digestPack, secondDigestPack], dayOf(n)),
    );
    expect(picks.map((pick) => pick?.pack.meta.id)).toEqual([
      'digest-fixture',
      'second-fixture',
      'digest-fixture',
      'second-fixture',
    ]);
    expect(pickQuestionAcross([secondDigestPack, digestPack], dayOf(20_000))).toEqual(picks[0]);
  });

  it("does not repeat one briefing's question before all of its questions were asked", () => {
    const served = [digestPack, secondDigestPack];
    // Days on which digestPack has its turn, one whole cycle of its entries, from a cycle boundary.
    const start = Math.ceil(20_000 / (2 * digestPack.entries.length)) * 2 * digestPack.entries.length;
    const asked = Array.from({ length: digestPack.entries.length }, (_, i) =>
      pickQuestionAcross(served, dayOf(start + 2 * i)),
    );
    expect(asked.every((pick) => pick?.pack.meta.id === 'digest-fixture')).toBe(true);
    expect(new Set(asked.map((pick) => pick?.entry.id)).size).toBe(digestPack.entries.length);
  });

  it("asks a drafted briefing's reviewed questions only, and one all draft about the article as a whole", () => {
    const [first, ...rest] = secondDigestPack.entries;
    const drafts = rest.map((entry) => ({ ...entry, draft: true }));
    const summary = { ...first, id: 'article-summary', question: 'What is the article about?', draft: true };
    const partly: Pack = { ...secondDigestPack, entries: [first, ...drafts] };
    const allDraft: Pack = { ...secondDigestPack, entries: [summary, ...drafts] };
    for (let n = 20_000; n < 20_000 + 4 * secondDigestPack.entries.length; n++) {
      expect(pickQuestionAcross([partly], dayOf(n))?.entry.id).toBe(first.id);
      expect(pickQuestionAcross([allDraft], dayOf(n))?.entry.id).toBe('article-summary');
    }
  });

  it('is the one-briefing question when there is one briefing', () => {
    for (const n of [20_000, 20_001, 20_002])
      expect(pickQuestionAcross([digestPack], dayOf(n))?.entry).toBe(
        pickQuestion(digestPack.entries, 'digest-fixture', dayOf(n)),
      );
  });
});

describe("A new briefing's lead figure", () => {
  it('is the first amount or share, not a date that comes before it', () => {
    expect(leadFigure([dealTiming, launchYear, tiktokShopGlobalGmv, temuShare])).toBe(tiktokShopGlobalGmv);
  });

  it('prefers a reviewed figure to a draft one', () => {
    expect(leadFigure([{ ...tiktokShopGlobalGmv, draft: true }, temuShare])).toBe(temuShare);
  });

  it('is a date when there is nothing else, and nothing for a briefing without figures', () => {
    expect(leadFigure([dealTiming])).toBe(dealTiming);
    expect(leadFigure([])).toBeUndefined();
  });
});
