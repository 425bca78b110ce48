import { describe, expect, it } from 'vitest';
import { figureCycle, pickFigure, pickQuestion, seededShuffle } from '../../src/digest/rotation.js';
import type { Figure } from '../../src/knowledge/schema.js';
import { chartGroupForFigure } from '../../src/render/chart-groups.js';
import { digestPack } from '../fixtures/digest-pack.js';

const figures = digestPack.figures;
const isChartable = (figure: Figure) => chartGroupForFigure(digestPack, figure.id) !== undefined;
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

describe('The figure rotation', () => {
  it('gives the same order for the same seed, and another order for another seed', () => {
    const a = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(a, 'pack-a')).toEqual(seededShuffle(a, 'pack-a'));
    expect(seededShuffle(a, 'pack-a')).not.toEqual(seededShuffle(a, 'pack-b'));
    expect([...seededShuffle(a, 'pack-a')].sort((x, y) => x - y)).toEqual(a);
  });

  it('shows every figure exactly once in each full cycle, over several cycles', () => {
    for (let cycle = 0; cycle < 4; cycle++) {
      const shown = Array.from({ length: figures.length }, (_, i) =>
        pickFigure(figures, 'digest-fixture', cycle * figures.length + i, isChartable),
      );
      expect(ids(shown as Figure[]).sort()).toEqual(ids(figures).sort());
    }
  });

  it('never shows the same figure two days running, not even across the end of a cycle', () => {
    const run = Array.from({ length: figures.length * 30 }, (_, n) => pickFigure(figures, 'seed', n, isChartable)?.id);
    for (let n = 1; n < run.length; n++) expect(run[n]).not.toBe(run[n - 1]);
  });

  it('puts chartable figures first in a cycle but keeps dates and other uncharted figures in it', () => {
    const cycle = figureCycle(figures, 'digest-fixture', 0, isChartable);
    expect(cycle.slice(0, 3).every(isChartable)).toBe(true);
    expect(ids(cycle.slice(3)).sort()).toEqual(['tiktok-shop-launch-year', 'tiktok-us-deal-timing']);
  });

  it('has nothing to show for a pack without figures', () => {
    expect(pickFigure([], 'seed', 3, isChartable)).toBeUndefined();
  });
});

describe('The question of the day', () => {
  const entries = digestPack.entries;

  it('is the same question for the same day, whoever asks', () => {
    expect(pickQuestion(entries, 'digest-fixture', '2024-07-08')).toBe(
      pickQuestion(entries, 'digest-fixture', '2024-07-08'),
    );
  });

  it('does not repeat a question until every one has been asked, over consecutive days', () => {
    // Day numbers are aligned to cycles of entries.length days; start at a cycle boundary.
    const startDay = Math.ceil(19_900 / entries.length) * entries.length;
    const days = Array.from({ length: entries.length }, (_, i) =>
      new Date((startDay + i) * 86_400_000).toISOString().slice(0, 10),
    );
    const picked = days.map((day) => pickQuestion(entries, 'digest-fixture', day)?.id);
    expect(new Set(picked).size).toBe(entries.length);
  });

  it('has nothing to ask for a pack without entries', () => {
    expect(pickQuestion([], 'seed', '2024-07-08')).toBeUndefined();
  });
});
