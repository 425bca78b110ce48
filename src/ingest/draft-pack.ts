import { stringify } from 'yaml';
import { publishedInLines, writerOf } from './byline-lines.js';
import { ARTICLE_SYNONYM_GROUPS, COMMON_SYNONYM_GROUPS } from './common-synonyms.js';
import { type ArticleSentence, draftEntries } from './draft-entries.js';
import { extractEntities } from './entities.js';
import { extractFigures } from './figures.js';
import { slugify } from './ids.js';
import { missingMetaDetails } from './missing-meta.js';
import type { Page } from './page.js';
import { splitSentences } from './sentences.js';

// Page -> the files of a pack, drafted with no human in the loop. Pure: the caller gives the date and writes the
// files. Paragraph 1 of article.txt is the title, as in every pack; the article's paragraphs follow.

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
  const id = options.id ?? slugify(page.title, 'briefing', 8);
  const title = page.title.trim() || page.paragraphs[0] || 'Untitled';
  // The article's first line is its title as the page gives it; the briefing is named by the headline alone.
  const titleLine = page.titleLine?.trim() || title;
  // A teaser for another story stays in article.txt, as the page shows it, and pack.yaml lists it in drop_lines, so
  // the briefing's paragraphs (the ones citations number) leave it out and nothing answers from it. Not one a
  // drop_lines pattern would read as more ("... *" matches any rest), nor the title line.
  const asides = [...new Set(page.asides ?? [])].filter((aside) => !aside.endsWith('*') && aside !== titleLine);
  const dropped = new Set(asides);
  const paragraphs = [titleLine, ...page.paragraphs.filter((p) => !dropped.has(p))];
  const sentences: ArticleSentence[] = paragraphs
    .slice(1)
    .flatMap((text, i) =>
      splitSentences(text, page.language).map((sentence, index) => ({ text: sentence, paragraph: i + 2, index })),
    );
  const entities = extractEntities(sentences.map((s) => s.text));
  const figures = extractFigures(
    sentences.map((s, i) => ({
      ...s,
      next: sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1].text : undefined,
    })),
    entities,
  );
  const figuresBySentence = new Map<string, string[]>();
  for (const figure of figures) {
    const sentence = sentences.find(
      (s) => s.paragraph === figure.citation.paragraph && s.text === figure.citation.quote,
    );
    if (!sentence) continue;
    const key = `${sentence.paragraph}:${sentence.index}`;
    figuresBySentence.set(key, [...(figuresBySentence.get(key) ?? []), figure.id]);
  }
  // A page whose metadata gives no date may still show one at its top ("Tuesday 15 October 2019 by ...").
  const published = page.published ?? publishedInLines(sentences) ?? null;
  // Nor a writer: a blog names them in a line at its top ("Posted by Andrew Hayden, Software Engineer ..."), a wire
  // story in its credit at the end.
  const author = writerOf(sentences, page.author);
  const meta = { author, outlet: page.outlet, published };
  const entries = draftEntries({
    title: titleLine,
    sentences,
    entities,
    figuresBySentence,
    meta,
  });
  const notStated = missingMetaDetails(
    meta,
    entries.flatMap((e) => [e.question, ...e.alternates]),
    page.url,
  );
  const synonyms = synonymsFor(paragraphs.join(' '), entities);
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  return {
    id,
    files: {
      'pack.yaml': yaml({
        id,
        title,
        description: page.excerpt ?? sentences[0]?.text ?? title,
        drafted: options.today,
        sources: [
          {
            id: 'article',
            file: 'article.txt',
            title,
            outlet: page.outlet,
            url: page.url,
            published,
            author,
            language: page.language,
            ...(asides.length > 0 ? { drop_lines: asides } : {}),
          },
        ],
      }),
      'article.txt': `${[titleLine, ...page.paragraphs].join('\n\n')}\n`,
      'qa.yaml': yaml(notStated.length > 0 ? { not_stated: notStated, entries } : { entries }),
      'figures.yaml': yaml({ figures }),
      'aliases.yaml': yaml({
        entities: entities.map((e) => ({
          id: e.id,
          name: e.name,
          terms: e.terms.length > 0 ? e.terms : [e.name],
          ...(e.partOf ? { part_of: e.partOf } : {}),
        })),
        synonyms,
      }),
    },
    summary: {
      id,
      title,
      paragraphs: paragraphs.length,
      figures: figures.length,
      entries: entries.length,
      draftShare: 1,
      sampleQuestions: entries.slice(0, 3).map((e) => e.question),
    },
  };
}

/**
 * General English for the article's words: the common groups it touches (see common-synonyms.ts). WordNet's
 * synonyms were tried and measured over 14 articles: they added wrong answers and no right ones.
 */
function synonymsFor(text: string, entities: { name: string; terms: string[] }[]) {
  const lower = text.toLowerCase();
  const words = new Set(lower.match(/[a-z][a-z-]*[a-z]/g) ?? []);
  const taken = new Set(entities.flatMap((e) => [e.name, ...e.terms]).map((t) => t.toLowerCase()));
  const groups: { id: string; name: string; terms: string[] }[] = [];
  for (const { id, terms: all } of ARTICLE_SYNONYM_GROUPS) {
    const terms = all.filter((w) => !taken.has(w));
    groups.push({ id, name: terms[0], terms: terms.slice(1) });
  }
  const claimed = new Set(groups.flatMap((g) => [g.name, ...g.terms]));
  for (const group of COMMON_SYNONYM_GROUPS) {
    // "employee" is one of the "employees" of the group.
    const used = (w: string) =>
      w.includes(' ') ? lower.includes(w) : words.has(w) || (w.endsWith('s') && words.has(w.slice(0, -1)));
    if (!group.some(used)) continue;
    const terms = group.filter((w) => !taken.has(w) && !claimed.has(w));
    if (terms.length < 2) continue;
    groups.push({ id: `syn-${terms[0].replace(/[^a-z]+/g, '-')}`, name: terms[0], terms: terms.slice(1) });
  }
  return groups;
}
