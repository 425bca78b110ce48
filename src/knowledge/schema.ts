import { z } from 'zod/v3';
import { isCurrencyCode } from './currency-codes.js';

// One schema per knowledge file. Curators edit YAML by hand, so every field is strict (unknown keys are
// errors, not silently ignored) and every message names what a human must fix.

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  id,
  file: text,
  title: text,
  // The outlet, URL and date are unknown for the first pack; null says "unknown" out loud instead of guessing.
  outlet: text.nullable(),
  url: z.string().url().nullable(),
  published: text.nullable(),
  // The byline ("Nelson D. Schwartz"); null when the source names no author.
  author: text.nullable().optional(),
  language: z.string().refine(isLanguageTag, 'must be a BCP 47 language tag such as en, zh or zh-Hant').default('en'),
  note: text.optional(),
  // Everything from the first line equal to this marker onwards is not part of the article (related posts,
  // comment forms) and is cut off at load time. Optional; when given, the line must exist.
  end_marker: text.optional(),
  // Paragraphs that are page furniture, not article ("Photo", "Credit *", "Continue reading the main story"): cut
  // at load time before paragraphs are numbered, so article.txt itself stays verbatim. A trailing * matches any rest.
  drop_lines: z.array(text).optional(),
});

export const PackMetaSchema = z.strictObject({
  id,
  title: text,
  description: text,
  sources: z.array(SourceSchema).min(1, 'must list at least one source'),
  // When kb:new drafted the pack (informational).
  drafted: z.string().refine(isIsoDate, 'must be an ISO date such as 2025-06-30').optional(),
});

export const CitationSchema = z.strictObject({
  source: id,
  paragraph: z.number().int().positive(),
  quote: text,
});

/** What a figure's value is: the closed list a curator chooses from (docs/curating.md). */
export const UNITS = [
  'money',
  'percent',
  'percentage_points',
  'count',
  'duration',
  'date',
  'year',
  'rank',
  'other',
] as const;
export const UnitSchema = z.enum(UNITS);

/** How a stated comparison compares: a small open-ended set for any article, not one article's phrases. */
export const COMPARISON_KINDS = ['ratio', 'equal', 'more', 'less', 'record', 'rank', 'change', 'other'] as const;

export const AttributionSchema = z.strictObject({
  // Who estimated or reported the number; "not stated in the article" when the article does not say.
  by: text,
  kind: z.enum(['estimate', 'data', 'reported', 'unattributed']),
});

export const ComparisonSchema = z.strictObject({
  // Verbatim words of the article that state the comparison ("almost double the previous year").
  statement: text,
  kind: z.enum(COMPARISON_KINDS),
  against: text,
});

export const FigureSchema = z.strictObject({
  id,
  label: text,
  // As written in the quote ("$64.3 billion", "24%", "second"); load checks it is there. A number is accepted too
  // (its digits must be in the quote) and then also serves as the figure's number.
  value: z.union([z.number().finite(), text]),
  unit: UnitSchema,
  // The value as a plain number, for charts and comparisons: money in units of its currency (64300000000), percent
  // 24 for 24%, a count 150000000, a year 2024, a rank 2. Absent when there is none ("last month").
  number: z.number().finite().optional(),
  // Money only: the ISO 4217 code (USD, EUR, GBP, CNY, JPY, MYR, SGD, ...).
  currency: z.string().refine(isCurrencyCode, 'must be an ISO 4217 currency code such as USD, EUR or MYR').optional(),
  // Counts only: the noun counted ("users").
  counts: text.optional(),
  period: text,
  subject: text,
  attribution: AttributionSchema,
  citation: CitationSchema,
  comparison: ComparisonSchema.optional(),
  // Written by kb:new; a curator removes it (or sets false) once the figure is reviewed.
  draft: z.boolean().optional(),
});

/**
 * A detail people ask about with an entry that the source does not give ("who holds the rest of the new entity"):
 * a question asking for it gets "the article doesn't say" instead of the entry's answer, which would answer
 * something else.
 */
export const NotStatedSchema = z.strictObject({
  id,
  // Words that ask for the detail, matched as a run of words in the question ("which conference", "exact date").
  asks: z.array(text).min(1, 'needs at least one phrase that asks for the detail'),
  // What the bot says instead: that the source does not give it, and what it does give.
  answer: text,
  // `pack`: any question whose asking sentence asks for it gets this answer, whatever entry it matches (or none).
  // A detail no entry lists is pack-wide too.
  scope: z.literal('pack').optional(),
});

export const QaEntrySchema = z.strictObject({
  id,
  question: text,
  alternates: z.array(text).min(3, 'needs at least 3 alternate phrasings'),
  answer: text,
  figures: z.array(id).default([]),
  tags: z.array(id).min(1, 'needs at least one topic tag'),
  citations: z.array(CitationSchema).min(1, 'needs at least one citation'),
  // Ids of the details (the file's not_stated list) people ask about with this entry that the source does not give.
  not_stated: z.array(id).default([]),
  // Written by kb:new; a curator removes it (or sets false) once the entry is reviewed.
  draft: z.boolean().optional(),
});

export const TermGroupSchema = z.strictObject({
  id,
  name: text,
  terms: z.array(text).min(1, 'needs at least one term'),
  // A metric (GMV, market share, stake): a question naming it is never answered with an entry about another.
  must_match: z.boolean().optional(),
  // An entity that belongs to another (TikTok Shop is part of TikTok): an entry about the part also answers a
  // question that names the whole ("TikTok's sales" -> the TikTok Shop GMV entry).
  part_of: id.optional(),
  // Synonym groups that describe an entity without naming it ("the short-video app" for TikTok and Douyin): an
  // entry that names the entity matches them too, but unlike a name they are never a key an answer must name.
  described_by: z.array(id).optional(),
});

export const QaFileSchema = z.strictObject({
  // Written once, listed by every entry they go with (a detail like "who holds the rest" goes with several).
  not_stated: z.array(NotStatedSchema).default([]),
  entries: z.array(QaEntrySchema).min(1),
});
// A pack may have no figures: `figures: []`, a figures.yaml with nothing in it, or none at all (see load.ts).
export const FiguresFileSchema = z.preprocess(
  (file) => file ?? { figures: [] },
  z.strictObject({ figures: z.array(FigureSchema) }),
);
export const AliasesFileSchema = z.strictObject({
  // Named things: companies, places, people, institutions, each with every other name people use for it.
  entities: z.array(TermGroupSchema).default([]),
  // Domain words that mean the same thing in a question (GMV / sales / gross merchandise value).
  synonyms: z.array(TermGroupSchema).default([]),
});

export type Source = z.infer<typeof SourceSchema>;
export type PackMeta = z.infer<typeof PackMetaSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type ComparisonKind = z.infer<typeof ComparisonSchema>['kind'];
export type Figure = z.infer<typeof FigureSchema>;
export type QaEntry = z.infer<typeof QaEntrySchema>;
export type NotStated = z.infer<typeof NotStatedSchema>;
export type TermGroup = z.infer<typeof TermGroupSchema>;
export type Aliases = z.infer<typeof AliasesFileSchema>;

/** A source after loading: its article text cut at the end marker and split into numbered paragraphs. */
export type LoadedSource = Source & { text: string; paragraphs: string[] };

/** A validated pack, as the matcher, answerer, renderers and digest see it. */
export type Pack = {
  meta: PackMeta;
  sources: LoadedSource[];
  entries: QaEntry[];
  /** Details the source does not give, which entries list by id (QaEntry.not_stated). */
  notStated: NotStated[];
  figures: Figure[];
  aliases: Aliases;
};

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function isIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(date) && !Number.isNaN(Date.parse(date));
}
