import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type ChartCliIo, parseChartArgs, runChartCli } from '../../src/cli/chart.js';
import type { PackLoadResult } from '../../src/knowledge/load.js';
import { chartPack } from '../fixtures/chart-figures.js';

function buildIo(result: PackLoadResult = { ok: true, value: chartPack, warnings: [], problems: [] }) {
  const written = new Map<string, Buffer>();
  const out: string[] = [];
  const err: string[] = [];
  const io: ChartCliIo = {
    loadPack: async () => result,
    writeFile: async (file, bytes) => {
      written.set(file, bytes);
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: '/tmp/chart-cli',
    env: {},
  };
  return { io, written, out, err };
}

describe('npm run chart with a figure id', () => {
  it("writes the figure's group as a PNG and prints its path, size and alt text", async () => {
    const { io, written, out } = buildIo();
    const code = await runChartCli(['tiktok-shop-sea-gmv', '--out', 'gmv.png'], io);
    expect(code).toBe(0);
    const png = written.get('/tmp/chart-cli/gmv.png');
    expect(png?.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(out[0]).toBe('/tmp/chart-cli/gmv.png');
    expect(out[1]).toMatch(new RegExp(`^${png?.length} bytes, \\d+x\\d+ px$`));
    expect(out[2]).toContain('TikTok Shop global GMV: $64.3 billion');
    expect(out[2]).toContain('TikTok Shop Southeast Asia GMV: $45.6 billion');
  });

  it('exits 1 with a clear message for a year', async () => {
    const { io, written, err } = buildIo();
    expect(await runChartCli(['tiktok-us-ban-threat-since'], io)).toBe(1);
    expect(written.size).toBe(0);
    expect(err.join('\n')).toContain('nothing to chart: figure "tiktok-us-ban-threat-since" is a year (2024)');
  });

  it('exits 1 for a lone value with no comparison', async () => {
    const lone = {
      ...chartPack,
      figures: chartPack.figures.filter((f) => f.unit !== 'percent' || f.id === 'tiktok-tokopedia-stake'),
    };
    const { io, err } = buildIo({ ok: true, value: lone, warnings: [], problems: [] });
    expect(await runChartCli(['tiktok-tokopedia-stake'], io)).toBe(1);
    expect(err.join('\n')).toContain('no other value in its unit and no stated comparison');
  });
});

describe('npm run chart with a question', () => {
  it('exits 1 when the briefing does not answer it', async () => {
    const { io, err } = buildIo();
    expect(await runChartCli(['What is the weather on Mars?'], io)).toBe(1);
    expect(err.join('\n')).toContain('nothing to chart: the briefing has no answer');
  });

  it("charts the figures of the engine's answer", async () => {
    const { io, written, out } = buildIo();
    expect(await runChartCli(['How big is TikTok Shop?', '--out', 'answer.png'], io)).toBe(0);
    expect(written.has('/tmp/chart-cli/answer.png')).toBe(true);
    expect(out[2]).toContain('$64.3 billion');
    expect(out[2]).toContain('$45.6 billion');
  });
});

describe('npm run chart usage', () => {
  it('exits 2 without a question or figure id', async () => {
    const { io, err } = buildIo();
    expect(await runChartCli([], io)).toBe(2);
    expect(err.join('\n')).toContain('Usage: npm run chart');
  });

  it('exits 2 when --out has no value or an option is unknown', () => {
    expect(parseChartArgs(['x', '--out'])).toEqual({ error: '--out needs a value' });
    expect(parseChartArgs(['x', '--size', '3'])).toEqual({ error: 'unknown option --size' });
  });

  it('reads the pack from --pack and defaults the output to chart.png', () => {
    expect(parseChartArgs(['how', 'big', '--pack', 'p'])).toEqual({ target: 'how big', out: 'chart.png', pack: 'p' });
  });

  it('exits 1 and shows the report when the pack does not load', async () => {
    const { io, err } = buildIo({ ok: false, report: 'qa.yaml: file is missing', warnings: [], problems: [] });
    expect(await runChartCli(['tiktok-shop-sea-gmv'], io)).toBe(1);
    expect(err.join('\n')).toContain('qa.yaml: file is missing');
  });

  it('exits 2 as a real process when run without arguments', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chart.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run chart');
  });
});
