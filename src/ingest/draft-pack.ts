import type { Page } from './page.js';

// Page -> the files of a pack, drafted with no human in the loop. Pure: the caller gives the date and writes the
// files. A STUB for now (one entry per paragraph); the lead replaces the inside, the shape stays.

export type DraftOptions = {
  /** Pack id (kebab-case); derived from the title when absent. */
  id?: string;
  /** Today's date, YYYY-MM-DD, written as the draft date. */
  today: string;
};

export type DraftSummary = {
  id: string;
  title: string;
  paragraphs: number;
  figures: number;
  entries: number;
  /** Share of entries still marked draft, 0..1 (all of them, straight out of kb:new). */
  draftShare: number;
  /** The first questions the pack can answer, for the curator's report. */
  sampleQuestions: string[];
};

export type DraftedPack = {
  id: string;
  /** File name -> contents: pack.yaml, article.txt, qa.yaml, figures.yaml, aliases.yaml. */
  files: Record<string, string>;
  summary: DraftSummary;
};

export function draftPack(page: Page, options: DraftOptions): DraftedPack {
  const id = options.id ?? slugify(page.title);
  const paragraphs = [page.title, ...page.paragraphs];
  const entries = paragraphs.map((text, i) => ({
    id: `paragraph-${i + 1}`,
    question: `What does paragraph ${i + 1} say?`,
    alternates: [`paragraph ${i + 1}`, `part ${i + 1} of the article`, `section ${i + 1}`],
    answer: text,
    tags: ['article'],
    citations: [{ source: 'article', paragraph: i + 1, quote: text }],
  }));
  // STUB until pack format v2 allows `figures: []`: today's schema wants at least one figure, so the first number
  // written in the article stands in (a page without any digit does not validate yet).
  const numbered = paragraphs.findIndex((text) => /\d/.test(text));
  const figures =
    numbered < 0
      ? []
      : [
          {
            id: 'first-number',
            label: 'The first number in the article',
            value: /\d+(?:[.,]\d+)*/.exec(paragraphs[numbered])?.[0] ?? '',
            unit: 'count',
            period: 'not stated',
            subject: 'the first number the article states',
            attribution: { by: 'Not stated in the article', kind: 'unattributed' },
            citation: { source: 'article', paragraph: numbered + 1, quote: paragraphs[numbered] },
          },
        ];
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    id,
    files: {
      'pack.yaml': json({
        id,
        title: page.title,
        description: page.excerpt ?? page.title,
        sources: [
          {
            id: 'article',
            file: 'article.txt',
            title: page.title,
            outlet: page.outlet,
            url: page.url,
            published: page.published,
          },
        ],
      }),
      'article.txt': `${paragraphs.join('\n\n')}\n`,
      'qa.yaml': json({ entries }),
      'figures.yaml': json({ figures }),
      'aliases.yaml': json({ entities: [], synonyms: [] }),
    },
    summary: {
      id,
      title: page.title,
      paragraphs: paragraphs.length,
      figures: figures.length,
      entries: entries.length,
      draftShare: 1,
      sampleQuestions: entries.slice(0, 3).map((e) => e.question),
    },
  };
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return slug || 'briefing';
}
