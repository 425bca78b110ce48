import type { PackProblem } from '../knowledge/problems.js';
import type { Citation, QaEntry } from '../knowledge/schema.js';
import { type ArticleParagraph, citationsFromSentences } from './article-sentences.js';
import type { EntryChanges } from './qa-document.js';

// The entry form's fields <-> an entry: what the page shows, what a POST becomes, and which loader problem belongs
// next to which field. Pure.

export const ENTRY_FIELDS = ['question', 'alternates', 'answer', 'tags', 'citations'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** The form as typed, kept so a refused save shows exactly what the curator wrote. */
export type EntryFormValues = {
  question: string;
  alternates: string;
  answer: string;
  tags: string;
  /** Indexes of the entry's current citations still ticked. */
  keep: number[];
  /** Ids of the article sentences ticked to add (article-sentences.ts). */
  sentences: string[];
};

export function formValuesOf(entry: QaEntry): EntryFormValues {
  return {
    question: entry.question,
    alternates: entry.alternates.join('\n'),
    answer: entry.answer,
    tags: entry.tags.join(', '),
    keep: entry.citations.map((_, i) => i),
    sentences: [],
  };
}

export function readFormValues(form: URLSearchParams): EntryFormValues {
  return {
    question: form.get('question') ?? '',
    alternates: form.get('alternates') ?? '',
    answer: form.get('answer') ?? '',
    tags: form.get('tags') ?? '',
    keep: form
      .getAll('keep')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0),
    sentences: form.getAll('sentence'),
  };
}

export type FormChanges =
  | { ok: true; changes: EntryChanges }
  | { ok: false; problems: Partial<Record<EntryField, string[]>> };

/** The edit a form asks for: alternates one per line, tags split on commas or spaces; the loader judges the rest. */
export function changesFromForm(
  values: EntryFormValues,
  entry: QaEntry,
  paragraphs: readonly ArticleParagraph[],
  approve: boolean,
): FormChanges {
  const picked = citationsFromSentences(paragraphs, values.sentences);
  if (!picked.ok)
    return {
      ok: false,
      problems: { citations: ['the article changed since this page was opened: reload it and pick again'] },
    };
  const kept = entry.citations.filter((_, i) => values.keep.includes(i));
  const citations: Citation[] = [...kept];
  for (const citation of picked.citations)
    if (!citations.some((c) => sameCitation(c, citation))) citations.push(citation);
  return {
    ok: true,
    changes: {
      question: values.question.trim(),
      alternates: splitLines(values.alternates),
      answer: values.answer.trim(),
      tags: values.tags
        .split(/[,\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
      citations,
      approve,
    },
  };
}

export type FieldProblems = { byField: Partial<Record<EntryField, string[]>>; other: string[] };

/** The loader's errors, each next to the field of this entry it is about; anything else goes above the form. */
export function fieldProblems(problems: readonly PackProblem[], entryId: string): FieldProblems {
  const byField: Partial<Record<EntryField, string[]>> = {};
  const other: string[] = [];
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const field = problem.field?.split(/[[.]/)[0] as EntryField | undefined;
    if (problem.file.endsWith('qa.yaml') && problem.id === entryId && field && ENTRY_FIELDS.includes(field)) {
      const detail = problem.field && problem.field !== field ? `${problem.field}: ` : '';
      byField[field] = [...(byField[field] ?? []), `${detail}${problem.message}`];
    } else {
      const where = [problem.file, problem.id && `[${problem.id}]`, problem.field].filter(Boolean).join(' ');
      other.push(`${where}: ${problem.message}`);
    }
  }
  return { byField, other };
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function sameCitation(a: Citation, b: Citation): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.quote === b.quote;
}
