import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Figure } from '../knowledge/schema.js';
import { buildChartAltText } from './chart-alt-text.js';
import { createChartCache, hashChartContent } from './chart-cache.js';
import { type ChartFontFiles, resolveChartFontFiles } from './chart-fonts.js';
import { type ChartPlan, type ChartPlanOptions, chartForFigures } from './chart-plan.js';
import { buildChartSpec, CHART_FONT_FAMILY } from './chart-spec.js';
import { installChartTextMetrics } from './chart-text-metrics.js';

// Figures -> plan -> Vega-Lite spec -> Vega view (renderer 'none': no DOM, no browser) -> SVG string -> PNG by resvg.
// Uploading is slack/'s job; this file only turns figures into bytes.

export type RenderedChart = {
  png: Buffer;
  /** The SVG before rasterising; every label and the source line are plain text in it. */
  svg: string;
  altText: string;
  title: string;
  /** PNG size in pixels (the SVG size times the raster scale). */
  width: number;
  height: number;
  plan: ChartPlan;
  /** sha256 of the spec and raster options: equal keys mean equal bytes. */
  key: string;
};

export type ChartRasterOptions = {
  /** Font files resvg may use. Empty means no text can be drawn (the tests use this to prove the font matters). */
  fontFiles: string[];
  /** 2 gives crisp text on high-density screens, where Slack previews are mostly read. */
  scale: number;
};

export type ChartRendererOptions = {
  /** Rendered charts kept in memory; 0 turns the cache off (the benchmark measures real renders). */
  cacheSize?: number;
  scale?: number;
  fonts?: ChartFontFiles;
};

export type ChartRenderer = {
  /** The chart for an answer's figures, or null when nothing in them is comparable. */
  render(figures: readonly Figure[], options?: ChartPlanOptions): Promise<RenderedChart | null>;
  renderPlan(plan: ChartPlan): Promise<RenderedChart>;
  cacheStats(): { hits: number; misses: number; size: number };
};

/**
 * A Vega view of the spec, laid out and ready for toSVG() or for reading its scenegraph. Text is measured with the
 * chart font first, so layout and raster agree on every width.
 */
export async function buildChartView(spec: TopLevelSpec, fonts = resolveChartFontFiles()): Promise<vega.View> {
  await installChartTextMetrics(fonts);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  await view.runAsync();
  return view;
}

export async function renderChartSvg(spec: TopLevelSpec, fonts = resolveChartFontFiles()): Promise<string> {
  const view = await buildChartView(spec, fonts);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function rasteriseChartSvg(
  svg: string,
  options: ChartRasterOptions,
): { png: Buffer; width: number; height: number } {
  const image = new Resvg(svg, {
    font: {
      fontFiles: options.fontFiles,
      // System fonts off: every machine must draw with the shipped font, or bytes (and looks) differ per host.
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: options.scale },
    background: '#ffffff',
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const fonts = options.fonts ?? resolveChartFontFiles();
  const raster: ChartRasterOptions = { fontFiles: [fonts.regular, fonts.bold], scale: options.scale ?? 2 };
  const cacheSize = options.cacheSize ?? 64;
  const cache = createChartCache<RenderedChart>(Math.max(cacheSize, 1));

  const renderPlan = async (plan: ChartPlan): Promise<RenderedChart> => {
    const spec = buildChartSpec(plan);
    // Font paths differ per machine but not the pixels, so the key holds the scale and the spec only.
    const key = hashChartContent({ spec, scale: raster.scale });
    const cached = cacheSize > 0 ? cache.get(key) : undefined;
    if (cached) return cached;
    const svg = await renderChartSvg(spec, fonts);
    const { png, width, height } = rasteriseChartSvg(svg, raster);
    const chart = { png, svg, altText: buildChartAltText(plan), title: plan.title, width, height, plan, key };
    if (cacheSize > 0) cache.set(key, chart);
    return chart;
  };

  return {
    async render(figures, planOptions) {
      const plan = chartForFigures(figures, planOptions);
      return plan ? renderPlan(plan) : null;
    },
    renderPlan,
    cacheStats: () => ({ ...cache.stats, size: cache.size }),
  };
}

let shared: ChartRenderer | undefined;

/** The chart a user gets for these figures, from a process-wide renderer with an in-memory cache. */
export function renderChartPng(figures: readonly Figure[], options?: ChartPlanOptions): Promise<RenderedChart | null> {
  shared ??= createChartRenderer();
  return shared.render(figures, options);
}
