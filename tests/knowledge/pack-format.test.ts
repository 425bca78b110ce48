import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/knowledge/load.js';
import { ACME_PACK, brokenPackCopy, editedPackCopy, SHIPPED_PACK } from '../helpers/pack-copy.js';

// The pack format v2 (docs/curating.md): what any article says, and the loader's answers to a curator's slips.

async function reportOf(dir: string): Promise<string> {
  const result = await loadPack(dir);
  return result.ok ? 'ok' : result.report;
}

describe('A quote that differs from the article by one character', () => {
  it('says which character differs and where', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('quote: "That’s because of proximity', `quote: "That's because of proximity`),
    });
    expect(await reportOf(dir)).toContain(
      `quote is not verbatim in article.txt paragraph 9: quote has ' (U+0027) where paragraph 9 has ’ (U+2019), at 'That's because of proxim...'`,
    );
  });

  it('says where a quote with a changed word stops agreeing with its paragraph', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace('quote: "That’s because of proximity:', 'quote: "That’s because of closeness:'),
    });
    expect(await reportOf(dir)).toContain(
      `quote agrees with paragraph 9 up to 'That’s because of ', then has 'closeness:...' where paragraph 9 has 'proximity:...'`,
    );
  });

  it('names the paragraph that has it when the paragraph number is wrong too', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t.replace(
          'paragraph: 9\n        quote: "That’s because of proximity',
          `paragraph: 8\n        quote: "That's because of proximity`,
        ),
    });
    expect(await reportOf(dir)).toContain(
      `quote is not verbatim in article.txt paragraph 8; closest is paragraph 9: quote has ' (U+0027) where paragraph 9 has ’ (U+2019)`,
    );
  });
});

describe('One stray apostrophe in YAML', () => {
  it('is reported once, with its cause, for a single-quoted alternate', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) => t.replace(`- "what's this article about"`, `- 'what's this article about'`),
    });
    const result = await loadPack(dir);
    expect(result.problems).toHaveLength(1);
    // The line the edited alternate is on.
    const shipped = await readFile(path.join(SHIPPED_PACK, 'qa.yaml'), 'utf8');
    const line = shipped.split('\n').findIndex((l) => l.includes(`- "what's this article about"`)) + 1;
    expect(result.problems[0]).toMatchObject({ file: expect.stringMatching(/qa\.yaml$/), line });
    expect(result.problems[0].message).toBe(
      `YAML syntax: the value starts with ' (a single-quoted string), so the apostrophe in "what's" ends it early: write the apostrophe twice (what''s) or put the value in double quotes "..."`,
    );
  });

  it('is reported once where the parser itself sees several errors on the line', async () => {
    const dir = await brokenPackCopy({
      'qa.yaml': (t) =>
        t.replace(
          `answer: "Jian Xu, an expert on Chinese media studies at Australia's Deakin University, said: \\"While`,
          `answer: 'Jian Xu, an expert on Chinese media studies at Australia's Deakin University, said: \\"While`,
        ),
    });
    const result = await loadPack(dir);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`the apostrophe in "Australia's" ends it early`),
    ]);
  });
});

describe('Figures in the v2 format', () => {
  it('rejects a unit outside the closed list, naming the list', async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('unit: money', 'unit: usd_billion') });
    expect(await reportOf(dir)).toMatch(
      /\[china-digital-services-trade-surplus\] unit: Invalid enum value\. Expected 'money' \| 'percent' \| 'percentage_points' \| 'count' \| 'duration' \| 'date' \| 'year' \| 'rank' \| 'other', received 'usd_billion'/,
    );
  });

  it("rejects a comparison kind outside the closed list (the first article's phrases are gone)", async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('kind: record', 'kind: record_high') });
    expect(await reportOf(dir)).toMatch(/comparison\.kind: Invalid enum value\. Expected 'ratio' \| 'equal'/);
  });

  it('rejects a number that does not match the value text', async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('number: 64300000000', 'number: 64300000') });
    expect(await reportOf(dir)).toContain(
      '[tiktok-shop-global-gmv] number: number 64300000 does not match value "$64.3 billion", which writes 64300000000',
    );
  });

  it('needs a currency on money and refuses one elsewhere', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) =>
        t
          .replace('number: 64300000000\n    currency: USD\n', 'number: 64300000000\n')
          .replace('number: 24\n', 'number: 24\n    currency: USD\n'),
    });
    const report = await reportOf(dir);
    expect(report).toContain('[tiktok-shop-global-gmv] currency: a money figure needs its currency');
    expect(report).toContain('[temu-global-ecommerce-share] currency: currency is for money figures only');
  });

  it('rejects a currency that is no ISO 4217 code', async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('currency: USD', 'currency: US$') });
    expect(await reportOf(dir)).toContain('currency: must be an ISO 4217 currency code');
  });

  it('says how a value is written in its quote when only its case differs', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) => t.replace('value: "Last month"', 'value: "last month"'),
    });
    expect(await reportOf(dir)).toContain(
      '[tiktok-us-deal-timing] value: value "last month" is not written in its quote: the quote writes it "Last month"',
    );
  });

  it('does not find a value whose digits run on in the quote', async () => {
    const dir = await brokenPackCopy({ 'figures.yaml': (t) => t.replace('value: "2024"', 'value: "202"') });
    expect(await reportOf(dir)).toContain(
      '[tiktok-us-ban-threat-since] value: value "202" is not written in its quote',
    );
  });

  it('says which character of a comparison statement differs from its quote', async () => {
    const dir = await brokenPackCopy({
      'figures.yaml': (t) =>
        t.replace(`statement: "Southeast Asia’s largest economy"`, `statement: "Southeast Asia's largest economy"`),
    });
    expect(await reportOf(dir)).toContain(`statement has ' (U+0027) where the quote has ’ (U+2019)`);
  });

  it('allows a pack with no figures at all: an empty list, an empty file or no figures.yaml', async () => {
    const noFigureRefs = (t: string) => t.replace(/\n {4}figures: \[[^\]]*\]/g, '');
    for (const figures of [() => 'figures: []\n', () => '# nothing yet\n', () => null]) {
      const dir = await editedPackCopy(ACME_PACK, { 'qa.yaml': noFigureRefs, 'figures.yaml': figures });
      const result = await loadPack(dir);
      expect(result.ok ? result.value.figures : result.report).toEqual([]);
    }
  });
});

describe('Sources in the v2 format', () => {
  it('loads a source without an author, as packs written before the field had it', async () => {
    const dir = await brokenPackCopy({ 'pack.yaml': (t) => t.replace('    author: null\n', '') });
    const result = await loadPack(dir);
    expect(result.ok && result.value.sources[0].author).toBeUndefined();
  });

  it('rejects a language that is no BCP 47 tag, and defaults to English', async () => {
    const bad = await editedPackCopy(ACME_PACK, {
      'pack.yaml': (t) => t.replace('language: en', 'language: english!'),
    });
    expect(await reportOf(bad)).toContain('language: must be a BCP 47 language tag');
    const none = await editedPackCopy(ACME_PACK, { 'pack.yaml': (t) => t.replace('    language: en\n', '') });
    const result = await loadPack(none);
    expect(result.ok && result.value.sources[0].language).toBe('en');
  });

  it('rejects a drafted date that is no ISO date', async () => {
    const dir = await editedPackCopy(ACME_PACK, { 'pack.yaml': (t) => t.replace('2025-06-30', '30/06/2025') });
    expect(await reportOf(dir)).toContain('drafted: must be an ISO date');
  });

  it('cuts page furniture with drop_lines before numbering paragraphs, leaving article.txt verbatim', async () => {
    const result = await loadPack(ACME_PACK);
    if (!result.ok) throw new Error(result.report);
    expect(result.value.sources[0].paragraphs).toEqual([
      'Acme agrees to buy Widget Co for $2 billion',
      'Acme, the American toolmaker, said on Monday that it had agreed to buy Widget Co, a British rival, for $2 billion in cash.',
      'The deal still needs approval from regulators in Britain and the European Union, Acme’s chief executive, Jane Doe, said.',
      'Widget Co’s shares rose 12% in London after the announcement.',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about a drop_lines pattern that drops nothing', async () => {
    const dir = await editedPackCopy(ACME_PACK, { 'pack.yaml': (t) => t.replace('"Credit *"', '"Credits *"') });
    const result = await loadPack(dir);
    expect(result.ok).toBe(false);
    expect(result.warnings.join('\n')).toMatch(
      /pack\.yaml:\d+ \[article\] drop_lines\[1\]: "Credits \*" matches no paragraph of article\.txt, so it drops nothing/,
    );
  });

  it('needs no end_marker, but one that is given must exist', async () => {
    const without = await brokenPackCopy({ 'pack.yaml': (t) => t.replace('    end_marker: "Source link"\n', '') });
    expect(await reportOf(without)).toBe('ok');
    const missing = await brokenPackCopy({ 'pack.yaml': (t) => t.replace('"Source link"', '"Source links"') });
    expect(await reportOf(missing)).toMatch(/\[article\] end_marker: no line "Source links" in article\.txt/);
  });
});

describe('Pack-wide not-stated details', () => {
  it('rejects a pack-wide detail that an entry phrasing asks for', async () => {
    const dir = await editedPackCopy(ACME_PACK, {
      'qa.yaml': (t) => t.replace('asks: ["deal close"', 'asks: ["acme widget deal", "deal close"'),
    });
    expect(await reportOf(dir)).toContain(
      `[deal-close] asks: pack-wide detail asks "acme widget deal", which is in entry "acme-buys-widget"'s phrasing "Acme Widget deal"`,
    );
  });
});
