import type { TopLevelSpec } from 'vega-lite';
import type { ChartPlan } from './chart-plan.js';
import { wrapText } from './chart-wording.js';

// The Vega-Lite spec is plain data built from a ChartPlan. Layout: the title, then one small bar view per figure with
// its label above the bar (labels get the full width instead of squeezing into a y axis), then the notes and source.
// Every size is fixed here, so the same plan always yields the same picture.

/** Must match a family in the font files given to the rasteriser, or resvg draws no text at all. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

export const CHART_LAYOUT = {
  plotWidth: 480,
  barHeight: 24,
  padding: 12,
  titleSize: 15,
  labelSize: 12,
  valueSize: 13,
  footerSize: 11,
  footerLineHeight: 15,
  // Character budgets for wrapping. DejaVu Sans averages about 0.6 em per character, so these leave a margin at the
  // plot width; autosize 'pad' still grows the image if a line runs long, so a misjudged budget cannot clip text.
  titleChars: 46,
  labelChars: 60,
  footerChars: 80,
} as const;

const COLORS = { bar: '#4c78a8', value: '#1a1a1a', label: '#333333', note: '#333333', source: '#666666' } as const;

export function buildChartSpec(plan: ChartPlan): TopLevelSpec {
  const L = CHART_LAYOUT;
  const domain = valueDomain(plan);
  // A lone bar is already named by the chart title; repeating its label above it only adds noise.
  const labelBars = plan.bars.length > 1 || plan.bars[0]?.label !== plan.title;
  const bars = plan.bars.map((bar) => ({
    ...(labelBars && {
      title: {
        text: wrapText(bar.label, L.labelChars),
        anchor: 'start' as const,
        frame: 'group' as const,
        fontSize: L.labelSize,
        fontWeight: 'normal' as const,
        color: COLORS.label,
        offset: 4,
      },
    }),
    width: L.plotWidth,
    height: L.barHeight,
    // labelX keeps a negative value's label right of the zero line, outside its bar.
    data: {
      values: [{ label: bar.label, value: bar.value, valueLabel: bar.valueLabel, labelX: Math.max(bar.value, 0) }],
    },
    layer: [
      {
        mark: { type: 'bar' as const, color: COLORS.bar },
        encoding: {
          x: { field: 'value', type: 'quantitative' as const, axis: null, scale: { domain, nice: false } },
          // Bars grow from zero; x2 is explicit because fixed y/y2 pixel values stop Vega-Lite inferring it.
          x2: { datum: 0 },
          y: { value: 0 },
          y2: { value: L.barHeight },
        },
      },
      {
        mark: {
          type: 'text' as const,
          align: 'left' as const,
          baseline: 'middle' as const,
          dx: 5,
          fontSize: L.valueSize,
          fontWeight: 'bold' as const,
          color: COLORS.value,
        },
        encoding: {
          x: { field: 'labelX', type: 'quantitative' as const, axis: null, scale: { domain, nice: false } },
          y: { value: L.barHeight / 2 },
          text: { field: 'valueLabel', type: 'nominal' as const },
        },
      },
    ],
  }));

  const footerLines = [
    ...plan.notes.flatMap((note) => wrapText(note, L.footerChars).map((text) => ({ text, color: COLORS.note }))),
    ...wrapText(plan.source, L.footerChars).map((text) => ({ text, color: COLORS.source })),
  ].map((line, i) => ({ ...line, y: i * L.footerLineHeight }));
  const footer = {
    width: L.plotWidth,
    height: footerLines.length * L.footerLineHeight,
    data: { values: footerLines },
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, fontSize: L.footerSize },
    encoding: {
      x: { value: 0 },
      y: { field: 'y', type: 'quantitative' as const, scale: null },
      text: { field: 'text', type: 'nominal' as const },
      color: { field: 'color', type: 'nominal' as const, scale: null },
    },
  };

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: wrapText(plan.title, L.titleChars),
      anchor: 'start',
      frame: 'group',
      fontSize: L.titleSize,
      fontWeight: 'bold',
      offset: 10,
    },
    background: '#ffffff',
    padding: L.padding,
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      concat: { spacing: 12 },
      title: { font: CHART_FONT_FAMILY },
      text: { font: CHART_FONT_FAMILY },
    },
    vconcat: [...bars, footer],
  } satisfies TopLevelSpec;
}

/** From zero (or the lowest value) to a top with room for the value label beside the longest bar. */
function valueDomain(plan: ChartPlan): [number, number] {
  const values = plan.bars.map((b) => b.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // Shares are drawn against the whole (100%) so one bar of 24% looks like a quarter, not a full bar.
  const top = plan.unit === 'percent' ? Math.max(100, max * 1.3) : max * 1.3;
  return [min * 1.3, top === 0 ? 1 : top];
}
