import { z } from 'zod/v3';

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
  note: text.optional(),
  // Everything from the first line equal to this marker onwards is not part of the article (related posts,
  // comment forms) and is cut off at load time.
  end_marker: text.optional(),
});

export const PackMetaSchema = z.strictObject({
  id,
  title: text,
  description: text,
  sources: z.array(SourceSchema).min(1, 'must list at least one source'),
});

export const CitationSchema = z.strictObject({
  source: id,
  paragraph: z.number().int().positive(),
  quote: text,
});

export const UnitSchema = z.enum(['usd_billion', 'percent', 'year', 'rank', 'month', 'relative_date', 'count']);

export const AttributionSchema = z.strictObject({
  // Who estimated or reported the number; "not stated in the article" when the article does not say.
  by: text,
  kind: z.enum(['estimate', 'data', 'reported', 'unattributed']),
});

export const ComparisonSchema = z.strictObject({
  // Verbatim words of the article that state the comparison ("almost double the previous year").
  statement: text,
  relation: z.enum(['almost_double', 'doubled', 'same_as', 'record_high', 'first', 'largest', 'second_largest']),
  against: text,
});

export const FigureSchema = z.strictObject({
  id,
  label: text,
  value: z.union([z.number(), text]),
  unit: UnitSchema,
  period: text,
  subject: text,
  attribution: AttributionSchema,
  citation: CitationSchema,
  comparison: ComparisonSchema.optional(),
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
export const FiguresFileSchema = z.strictObject({ figures: z.array(FigureSchema) });
export const AliasesFileSchema = z.strictObject({
  // Named things: companies, places, people, institutions, each with every other name people use for it.
  entities: z.array(TermGroupSchema),
  // Domain words that mean the same thing in a question (GMV / sales / gross merchandise value).
  synonyms: z.array(TermGroupSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type PackMeta = z.infer<typeof PackMetaSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Unit = z.infer<typeof UnitSchema>;
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
