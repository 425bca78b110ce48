import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { resolveChartFontFiles } from '../../src/render/chart-fonts.js';
import { chartForFigures } from '../../src/render/chart-plan.js';
import {
  buildChartView,
  createChartRenderer,
  rasteriseChartSvg,
  renderChartPng,
  renderChartSvg,
} from '../../src/render/chart-png.js';
import { buildChartSpec } from '../../src/render/chart-spec.js';
import { banThreatYear, temuShare, tiktokShopGlobalGmv, tiktokShopSeaGmv } from '../fixtures/chart-figures.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const tiktok = [tiktokShopGlobalGmv, tiktokShopSeaGmv];

function planFor(figures: Parameters<typeof chartForFigures>[0]) {
  const plan = chartForFigures(figures);
  if (!plan) throw new Error('expected a chart plan');
  return plan;
}

/** Pixels that are not (near) white: how much was actually drawn. */
function inkOf(svg: string, fontFiles: string[]): number {
  const image = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  }).render();
  const rgba = image.pixels;
  let ink = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 3 * 240) ink++;
  return ink;
}

type Node = { marktype?: string; role?: string; items?: Node[]; x?: number; y?: number; text?: unknown } & {
  bounds?: { x1: number; y1: number; x2: number; y2: number };
};

/** Every text item's bounds in view coordinates (group offsets added up). */
function textBounds(
  mark: Node,
  dx = 0,
  dy = 0,
  out: { text: string; x1: number; x2: number; y1: number; y2: number }[] = [],
) {
  for (const item of mark.items ?? []) {
    if (mark.marktype === 'text' && item.bounds && item.text != null && String(item.text).trim()) {
      const b = item.bounds;
      out.push({ text: String(item.text), x1: b.x1 + dx, x2: b.x2 + dx, y1: b.y1 + dy, y2: b.y2 + dy });
    }
    if (mark.marktype === 'group') {
      for (const child of item.items ?? []) textBounds(child, dx + (item.x ?? 0), dy + (item.y ?? 0), out);
    }
  }
  return out;
}

/** vega's typings call scenegraph() a Scene, but at runtime it is the Scenegraph whose root is the top mark. */
function sceneRoot(view: { scenegraph(): unknown }): Node {
  return (view.scenegraph() as { root: Node }).root;
}

function countMarks(mark: Node, role: string, marktype: string): number {
  let n = mark.marktype === marktype && mark.role === role ? (mark.items?.length ?? 0) : 0;
  for (const item of mark.items ?? []) for (const child of item.items ?? []) n += countMarks(child, role, marktype);
  return n;
}

describe('Rendering the TikTok Shop GMV chart to PNG', () => {
  it('writes a PNG whose header dimensions match the reported size', async () => {
    const chart = await createChartRenderer({ cacheSize: 0 }).render(tiktok);
    if (!chart) throw new Error('expected a chart');
    expect(chart.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(chart.png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(chart.png.readUInt32BE(16)).toBe(chart.width);
    expect(chart.png.readUInt32BE(20)).toBe(chart.height);
    // Scale 2 of a 480 px plot plus padding: wide enough to read in a Slack preview.
    expect(chart.width).toBeGreaterThanOrEqual(960);
  });

  it('has every value label, the title and the source line as text in the SVG', async () => {
    const chart = await createChartRenderer({ cacheSize: 0 }).render(tiktok);
    expect(chart?.svg).toContain('$64.3B');
    expect(chart?.svg).toContain('$45.6B');
    expect(chart?.svg).toContain('TikTok Shop GMV');
    expect(chart?.svg).toContain('Source: Momentum Works estimate, last year');
  });

  it('returns alt text and title with the image', async () => {
    const chart = await renderChartPng(tiktok);
    expect(chart?.title).toBe('TikTok Shop GMV');
    expect(chart?.altText).toContain('$64.3 billion');
  });
});

describe('The shipped font', () => {
  it('is really used: the same SVG drawn with DejaVu Sans has clearly more ink than with no font', async () => {
    const svg = await renderChartSvg(buildChartSpec(planFor(tiktok)));
    const fonts = resolveChartFontFiles();
    const withFont = inkOf(svg, [fonts.regular, fonts.bold]);
    const withoutFont = inkOf(svg, []);
    // Without a font resvg silently drops all text; only the two bars remain.
    expect(withoutFont).toBeGreaterThan(0);
    expect(withFont).toBeGreaterThan(withoutFont * 1.2);
  });
});

describe('A single value with a stated comparison', () => {
  it('renders exactly one bar and the verbatim note', async () => {
    const spec = buildChartSpec(planFor([tiktokShopGlobalGmv]));
    const view = await buildChartView(spec);
    const root = sceneRoot(view);
    expect(countMarks(root, 'mark', 'rect')).toBe(1);
    const texts = textBounds(root).map((t) => t.text);
    view.finalize();
    expect(texts.join(' ')).toContain('Note: "almost double the previous year" (no earlier value is stated)');
  });

  it('renders Temu as one bar of 24% with the Amazon note, not a second bar', async () => {
    const chart = await createChartRenderer({ cacheSize: 0 }).render([temuShare]);
    expect(chart?.plan.bars).toHaveLength(1);
    expect(chart?.svg).toContain('24%');
    expect(chart?.svg).toContain('same as the American delivery giant Amazon');
    expect(chart?.svg.match(/aria-roledescription="bar"/g)).toHaveLength(1);
  });
});

describe('Figures with nothing to compare', () => {
  it('give null instead of a chart', async () => {
    expect(await createChartRenderer().render([banThreatYear])).toBeNull();
  });
});

describe('Rendering the same figures twice', () => {
  it('gives identical bytes, the second time from the cache', async () => {
    const renderer = createChartRenderer();
    const first = await renderer.render(tiktok);
    const second = await renderer.render([...tiktok]);
    expect(second?.png.equals(first?.png ?? Buffer.alloc(0))).toBe(true);
    expect(second?.key).toBe(first?.key);
    expect(renderer.cacheStats()).toMatchObject({ hits: 1, misses: 1, size: 1 });
  });

  it('gives identical bytes without the cache too', async () => {
    const renderer = createChartRenderer({ cacheSize: 0 });
    const first = await renderer.render(tiktok);
    const second = await renderer.render(tiktok);
    expect(second).not.toBe(first);
    expect(second?.png.equals(first?.png ?? Buffer.alloc(0))).toBe(true);
  });

  it('keeps the cache bounded', async () => {
    const renderer = createChartRenderer({ cacheSize: 1 });
    await renderer.render(tiktok);
    await renderer.render([temuShare]);
    expect(renderer.cacheStats().size).toBe(1);
  });
});

describe('Text layout', () => {
  const cases = {
    'two GMV bars': tiktok,
    'one bar with a long note': [temuShare],
    'a long title and a long label': [
      { ...tiktokShopGlobalGmv, label: 'Gross value of TikTok Shop sales worldwide across every market it serves' },
      tiktokShopSeaGmv,
    ],
  };
  for (const [name, figures] of Object.entries(cases)) {
    it(`keeps every text inside the image (${name})`, async () => {
      const view = await buildChartView(buildChartSpec(planFor(figures)));
      // SVG position = padding + autosize origin + scenegraph position; text must stay inside the padding.
      const [originX, originY] = view.origin();
      const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
      const svg = await view.toSVG();
      const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
      const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
      const texts = textBounds(sceneRoot(view));
      view.finalize();
      expect(texts.length).toBeGreaterThan(3);
      for (const t of texts) {
        expect(pad.left + originX + t.x1, t.text).toBeGreaterThanOrEqual(pad.left);
        expect(pad.left + originX + t.x2, t.text).toBeLessThanOrEqual(width - pad.right);
        expect(pad.top + originY + t.y1, t.text).toBeGreaterThanOrEqual(pad.top);
        expect(pad.top + originY + t.y2, t.text).toBeLessThanOrEqual(height - pad.bottom);
      }
    });
  }

  it('never lets two texts overlap', async () => {
    const view = await buildChartView(buildChartSpec(planFor(tiktok)));
    const texts = textBounds(sceneRoot(view));
    view.finalize();
    expect(texts.length).toBeGreaterThan(3);
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
  });
});

describe('Rasterising an SVG', () => {
  it('scales the PNG by the given factor', async () => {
    const svg = await renderChartSvg(buildChartSpec(planFor(tiktok)));
    const fonts = resolveChartFontFiles();
    const one = rasteriseChartSvg(svg, { fontFiles: [fonts.regular], scale: 1 });
    const two = rasteriseChartSvg(svg, { fontFiles: [fonts.regular], scale: 2 });
    expect(two.width).toBe(one.width * 2);
  });
});

describe('Charts in other currencies', () => {
  const revenue = (id: string, label: string, value: string, number: number, currency: string) => ({
    ...tiktokShopGlobalGmv,
    id,
    label,
    value,
    number,
    currency,
    comparison: undefined,
  });

  it('draws euro bars labelled in euros, with the spoken value in the alt text', async () => {
    const chart = await createChartRenderer({ cacheSize: 0 }).render([
      revenue('zalando', 'Zalando revenue', '€2.5 billion', 2.5e9, 'EUR'),
      revenue('otto', 'Otto revenue', '€500 million', 5e8, 'EUR'),
    ]);
    expect(chart?.svg).toContain('€2.5B');
    expect(chart?.svg).toContain('€500M');
    expect(chart?.altText).toContain('Zalando revenue: €2.5 billion');
    expect(chart?.svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
  });

  it('draws ringgit and Singapore dollars on separate charts, never side by side', async () => {
    const renderer = createChartRenderer({ cacheSize: 0 });
    const figures = [
      revenue('a', 'Malaysian sales', 'RM10 million', 10e6, 'MYR'),
      revenue('b', 'Singapore sales', 'S$1.2 billion', 1.2e9, 'SGD'),
    ];
    expect(await renderer.render(figures)).toBeNull();
    const ringgit = await renderer.render([...figures, revenue('c', 'Penang sales', 'RM4 million', 4e6, 'MYR')]);
    expect(ringgit?.svg).toContain('RM10M');
    expect(ringgit?.svg).toContain('RM4M');
    expect(ringgit?.svg).not.toContain('S$');
  });
});
