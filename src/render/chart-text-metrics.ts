import * as vega from 'vega';
import type { ChartFontFiles } from './chart-fonts.js';
import { CHART_FONT_FAMILY } from './chart-spec.js';

// Vega sizes the layout (title height, label bounds, autosize padding) from text widths. It measures with a canvas
// only when the `canvas` package (node-canvas) is installed, which vega-canvas imports by that exact name; otherwise
// it guesses 0.8 x font size per character, which overestimates DejaVu Sans by about a third. vega-scenegraph lets a
// host replace `textMetrics.width` (vl-convert does the same), so we measure with @napi-rs/canvas loaded with the
// very font files resvg draws with. The swap is process-wide, which is fine: it only makes widths exact.

type TextItem = { font?: string; fontSize?: number; fontWeight?: string | number; fontStyle?: string };
type TextMetrics = { width: (item: TextItem, text: unknown) => number };
// vega's published typings omit these two runtime exports of vega-scenegraph.
type VegaTextInternals = { textMetrics: TextMetrics; font: (item: TextItem) => string };

let installed: Promise<boolean> | undefined;

/**
 * Makes vega measure text with the chart font. Resolves false (and vega keeps estimating) if @napi-rs/canvas cannot
 * load on this platform; the spec's character-based wrapping and autosize padding keep text unclipped either way.
 */
export function installChartTextMetrics(fonts: ChartFontFiles): Promise<boolean> {
  installed ??= install(fonts);
  return installed;
}

async function install(fonts: ChartFontFiles): Promise<boolean> {
  try {
    const { GlobalFonts, createCanvas } = await import('@napi-rs/canvas');
    GlobalFonts.registerFromPath(fonts.regular, CHART_FONT_FAMILY);
    GlobalFonts.registerFromPath(fonts.bold, CHART_FONT_FAMILY);
    const context = createCanvas(1, 1).getContext('2d');
    const internals = vega as unknown as VegaTextInternals;
    const widths = new Map<string, number>();
    internals.textMetrics.width = (item, text) => {
      const value = text == null ? '' : String(text).trim();
      if (!value) return 0;
      const font = internals.font(item);
      const key = `${font}\u0000${value}`;
      let width = widths.get(key);
      if (width === undefined) {
        context.font = font;
        width = context.measureText(value).width;
        // Chart text comes from the pack, so this stays small; the cap only guards a long-running process.
        if (widths.size >= 5000) widths.clear();
        widths.set(key, width);
      }
      return width;
    };
    return true;
  } catch {
    return false;
  }
}
