import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/knowledge/load.js';
import { ACME_PACK, brokenPackCopy, SHIPPED_PACK } from '../helpers/pack-copy.js';

const run = promisify(execFile);

describe('loading the shipped pack', () => {
  it('loads with no errors and no warnings', async () => {
    const result = await loadPack(SHIPPED_PACK);
    expect(result.ok ? [] : result.report).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('cuts the article at "Source link", so related-post headlines are not part of it', async () => {
    const result = await loadPack(SHIPPED_PACK);
    if (!result.ok) throw new Error(result.report);
    const article = result.value.sources[0];
    expect(article.paragraphs).toHaveLength(21);
    expect(article.paragraphs[0]).toBe(
      'Chinese platforms like Xiaohongshu look to Southeast Asia as US applies more scrutiny',
    );
    expect(article.text).not.toContain('Intercorp');
    expect(article.text).not.toContain('Oil prices');
  });

  it('has at least 45 entries, each with 3 alternates and a citation', async () => {
    const result = await loadPack(SHIPPED_PACK);
    if (!result.ok) throw new Error(result.report);
    expect(result.value.entries.length).toBeGreaterThanOrEqual(45);
    for (const entry of result.value.entries) expect(entry.alternates.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a broken pack is reported with file, id, line and field', () => {
  it('names the entry, field and line of a missing answer', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace(/\n {4}answer: "It's about Chinese tech platforms[^\n]*/, ''),
    });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.severity === 'error');
    expect(problem).toMatchObject({ file: expect.stringMatching(/qa\.yaml$/), id: 'article-summary', field: 'answer' });
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('rejects a quote that is not verbatim in its paragraph', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('as US applies more scrutiny"', 'as the US applies more scrutiny"'),
    });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report).toMatch(
      /qa\.yaml:\d+ \[article-summary\] citations\[0\]: quote is not verbatim in article\.txt paragraph 1/,
    );
  });

  it('tolerates whitespace differences in a quote', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('look to Southeast Asia as US', 'look   to Southeast  Asia as US'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? 'ok' : result.report).toBe('ok');
  });

  it('says which paragraph a quote is really in when the number is wrong', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t.replace(/paragraph: 2\n(\s+)quote: "But the next frontier/, 'paragraph: 3\n$1quote: "But the next frontier'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toContain('quote is in paragraph 2, not paragraph 3');
  });

  it('rejects a duplicate id and an unknown figure reference, both in one report', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t
          .replace('  - id: article-headline', '  - id: article-summary')
          .replace(/figures: \[([a-z0-9-]+)/, 'figures: [no-such-figure'),
    });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report).toContain('[article-summary] id: duplicate id');
    expect(result.report).toContain('unknown figure id "no-such-figure"');
  });

  it('rejects an entity that is part of an entity the pack does not have', async () => {
    const dir = await brokenPackCopy({ 'aliases.yaml': (t) => t.replace('part_of: tiktok', 'part_of: tik-tok') });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report).toMatch(/aliases\.yaml:\d+ \[tiktok-shop\] part_of: unknown entity id "tik-tok"/);
  });

  it('rejects a figure whose value is not written in its own quote, naming the character that differs', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) => t.replace('value: "$64.3 billion"', 'value: "$64.8 billion"'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toContain(
      `[tiktok-shop-global-gmv] value: value "$64.8 billion" is not written in its quote: value has 8 (U+0038) where the quote has 3 (U+0033), at '$64.8 billion'`,
    );
  });

  it('warns about article paragraphs no entry cites', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t
          .replace(/paragraph: 21\b/g, 'paragraph: 20')
          .replace(
            /quote: "Language barriers may be[^\n]*/g,
            'quote: "Zheng of the ISEAS-Yusof Ishak Institute says these claims are not completely unfounded."',
          )
          .replace(
            /quote: "“As media exposure grows[^\n]*/g,
            'quote: "Zheng of the ISEAS-Yusof Ishak Institute says these claims are not completely unfounded."',
          ),
    });
    const result = await loadPack(dir);
    expect(result.warnings.join('\n')).toMatch(/paragraph 21 not cited by any entry/);
  });

  it('warns about a figure an answer states that no paragraph it cites gives', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t.replace(
          'Momentum Works is a research firm based in Singapore.',
          'Momentum Works is a research firm based in Singapore, founded in 2013.',
        ),
    });
    const result = await loadPack(dir);
    expect(result.warnings.join('\n')).toMatch(/who-is-momentum-works.*states 2013, which no paragraph it cites gives/);
  });

  it('points at the line of a YAML syntax error', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) => t.replace('figures:\n', 'figures:\n  - id: [unclosed\n'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toMatch(/figures\.yaml:\d+ YAML syntax/);
  });

  it("rejects a not-stated detail that the entry's own phrasings ask for", async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('asks: ["lift", ', 'asks: ["suspended in indonesia", "lift", '),
    });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report).toMatch(
      /qa\.yaml:\d+ \[indonesia-tiktok-shop-suspension\] not_stated\[0\]: detail "suspension-end" asks "suspended in indonesia", which is in the entry's own phrasing/,
    );
  });

  it('rejects an entry listing a not-stated detail the file does not define', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t.replace('not_stated: [suspension-end, indonesia-order-who]', 'not_stated: [suspension-ended]'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toMatch(
      /qa\.yaml:\d+ \[tiktok-shop-foreign-problems\] not_stated\[0\]: unknown not_stated detail id "suspension-ended"/,
    );
  });

  it('rejects an entity described by a synonym group the pack does not have', async () => {
    const dir = await brokenPackCopy({
      'aliases.yaml': (t) => t.replace('described_by: [marketplace]', 'described_by: [market-place]'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toMatch(
      /aliases\.yaml:\d+ \[tokopedia\] described_by\[0\]: unknown synonym group id "market-place"/,
    );
  });

  it('reports an unknown field instead of ignoring it', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('  - id: article-headline\n', '  - id: article-headline\n    answr: typo\n'),
    });
    const result = await loadPack(dir);
    expect(result.ok ? '' : result.report).toMatch(/\[article-headline\].*answr/);
  });
});

describe('npm run kb:check', () => {
  it('prints a coverage summary for the shipped pack, with nothing left in draft', async () => {
    const { stdout } = await run('npx', ['tsx', 'src/cli/kb-check.ts']);
    expect(stdout).toMatch(/coverage:\s+21\/21 paragraphs cited/);
    expect(stdout).toMatch(/review:\s+0 of 65 entries and 0 of 13 figures still draft/);
  });

  it('says how much of a drafted pack is still draft', async () => {
    const { stdout } = await run('npx', ['tsx', 'src/cli/kb-check.ts', ACME_PACK]);
    expect(stdout).toMatch(/review:\s+2 of 4 entries and 1 of 2 figures still draft/);
    expect(stdout).toMatch(/3 details marked not stated \(2 pack-wide\)/);
  });

  it('exits 1 with the report, not a stack trace, for a broken pack', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) => t.replace('value: "$64.3 billion"', 'value: "$64.8 billion"'),
    });
    const error = await run('npx', ['tsx', 'src/cli/kb-check.ts', dir]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('value "$64.8 billion" is not written in its quote');
    expect(error.stderr).not.toMatch(/\n\s+at /);
  });
});
