import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../answer/engine.js';
import { DEFAULT_PACK_DIR } from '../knowledge/default-pack.js';
import { loadPack, type PackLoadResult } from '../knowledge/load.js';
import type { Figure, Pack } from '../knowledge/schema.js';
import { chartGroupForFigure, isChartableFigure } from '../render/chart-groups.js';
import { type ChartPlan, chartForFigures, planChart } from '../render/chart-plan.js';
import { createChartRenderer, type RenderedChart } from '../render/chart-png.js';

// `npm run chart -- "<question or figure id>" [--out chart.png] [--pack dir]`: writes the chart a Slack user would get.
// Exit 0 written, 1 nothing to chart (or the pack does not load), 2 usage error.

export const CHART_USAGE =
  'Usage: npm run chart -- "<question or figure id>" [--out chart.png] [--pack knowledge/<pack>]';

export type ChartCliIo = {
  loadPack(dir: string): Promise<PackLoadResult>;
  writeFile(file: string, bytes: Buffer): Promise<void>;
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
};

type ChartArgs = { target: string; out: string; pack: string | undefined };

export function parseChartArgs(argv: readonly string[]): ChartArgs | { error: string } {
  const positional: string[] = [];
  let out = 'chart.png';
  let pack: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--pack') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value` };
      if (arg === '--out') out = value;
      else pack = value;
    } else if (arg === '--help' || arg === '-h') {
      return { error: '' };
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  const target = positional.join(' ').trim();
  if (!target) return { error: 'give a question or a figure id to chart' };
  return { target, out, pack };
}

/** The plan for a figure id (its group in the pack) or for the figures of the engine's answer to a question. */
export function planForTarget(pack: Pack, target: string): { plan: ChartPlan } | { nothing: string } {
  const figure = pack.figures.find((f) => f.id === target);
  if (figure) {
    if (!isChartableFigure(figure)) {
      const why =
        figure.unit === 'money' && figure.currency === undefined
          ? 'money without a currency is not charted'
          : 'only amounts with a number are charted';
      return { nothing: `figure "${figure.id}" is a ${figure.unit} (${figure.value}); ${why}` };
    }
    const group = chartGroupForFigure(pack, figure.id);
    if (!group) {
      return { nothing: `figure "${figure.id}" has no other value in its unit and no stated comparison to show` };
    }
    return { plan: planChart(group) };
  }
  const reply = createEngine(pack, { threshold: 0.5 }).answer(target);
  if (!reply.answered) return { nothing: `the briefing has no answer to "${target}" (${reply.reason})` };
  if (reply.figures.length === 0) return { nothing: `the answer to "${target}" states no figures` };
  const plan = chartForFigures(reply.figures);
  return plan ? { plan } : { nothing: `the answer's figures (${describe(reply.figures)}) cannot be compared` };
}

export async function runChartCli(argv: readonly string[], io: ChartCliIo): Promise<number> {
  const args = parseChartArgs(argv);
  if ('error' in args) {
    if (args.error) io.err(`chart: ${args.error}`);
    io.err(CHART_USAGE);
    return args.error ? 2 : 0;
  }
  const dir = path.resolve(io.cwd, args.pack ?? io.env.PACK_DIR ?? DEFAULT_PACK_DIR);
  const loaded = await io.loadPack(dir);
  if (!loaded.ok) {
    io.err(`chart: the pack in ${dir} does not load:\n${loaded.report}`);
    return 1;
  }
  const target = planForTarget(loaded.value, args.target);
  if ('nothing' in target) {
    io.err(`chart: nothing to chart: ${target.nothing}`);
    return 1;
  }
  const chart: RenderedChart = await createChartRenderer().renderPlan(target.plan);
  const file = path.resolve(io.cwd, args.out);
  await io.writeFile(file, chart.png);
  io.out(file);
  io.out(`${chart.png.length} bytes, ${chart.width}x${chart.height} px`);
  io.out(`alt: ${chart.altText}`);
  return 0;
}

function describe(figures: readonly Figure[]): string {
  return figures.map((f) => `${f.id}: ${f.unit}`).join(', ');
}

// Run only when executed (tsx src/cli/chart.ts), not when a test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await runChartCli(process.argv.slice(2), {
    loadPack,
    writeFile: (file, bytes) => writeFile(file, bytes),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.cwd(),
    env: process.env,
  });
}
