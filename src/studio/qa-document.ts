import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type ToStringOptions,
  type YAMLMap,
  YAMLSeq,
} from 'yaml';
import type { Citation, NotStated } from '../knowledge/schema.js';

// Edits to qa.yaml through the `yaml` Document API, so a studio save changes only the nodes it means to: comments,
// key order, quoting style and flow lists elsewhere in the file come back byte for byte (the round trip of every pack
// we have is exact with the options chosen below). Pure: text in, text out; validating and writing is save-pack-file's.

export type EntryChanges = {
  question: string;
  alternates: string[];
  answer: string;
  tags: string[];
  citations: Citation[];
  /** Removes the entry's draft mark. */
  approve: boolean;
};

export type DocumentEdit = { ok: true; text: string } | { ok: false; code: 'unparsable' | 'no_entry'; message: string };

export function editEntry(text: string, entryId: string, changes: EntryChanges): DocumentEdit {
  return withEntry(text, entryId, (doc, entry) => {
    setScalar(doc, entry, 'question', changes.question);
    setList(doc, entry, 'alternates', changes.alternates);
    setScalar(doc, entry, 'answer', changes.answer);
    setList(doc, entry, 'tags', changes.tags);
    setCitations(doc, entry, changes.citations);
    if (changes.approve) entry.delete('draft');
  });
}

export function approveEntry(text: string, entryId: string): DocumentEdit {
  return withEntry(text, entryId, (_doc, entry) => {
    entry.delete('draft');
  });
}

/** Adds a question people asked as one more alternate phrasing of an entry. */
export function addAlternate(text: string, entryId: string, question: string): DocumentEdit {
  return withEntry(text, entryId, (doc, entry) => {
    const current = entry.get('alternates');
    const values = isSeq(current) ? current.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
    const known = (text: string) => text.trim().toLowerCase() === question.trim().toLowerCase();
    if (values.some(known) || known(String(entry.get('question')))) return;
    setList(doc, entry, 'alternates', [...values, question]);
  });
}

/**
 * Adds a not-stated detail to the file's list (created before `entries` when the file has none) and, when an entry
 * is named, lists its id on that entry; with no entry the detail is pack-wide (see match/not-stated.ts).
 */
export function addNotStated(text: string, detail: NotStated, entryId: string | null): DocumentEdit {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const { doc, options } = parsed.value;
  const root = doc.contents as YAMLMap;
  const existing: unknown = root.get('not_stated', true);
  let seq: YAMLSeq;
  if (isSeq(existing)) {
    seq = existing;
    // `not_stated: []` is a flow list; a detail is a map, which reads better as a block.
    if (seq.items.length === 0) seq.flow = false;
  } else {
    seq = new YAMLSeq();
    const at = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'entries');
    root.items.splice(Math.max(at, 0), 0, doc.createPair('not_stated', seq));
  }
  const node = doc.createNode(detail) as YAMLMap;
  matchStyle(node, seq.items[0]);
  seq.items.push(node);
  if (entryId !== null) {
    const entry = findEntry(doc, entryId);
    if (!entry) return noEntry(entryId);
    const listed = entry.get('not_stated');
    const ids = isSeq(listed) ? listed.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
    setList(doc, entry, 'not_stated', [...ids, detail.id]);
  }
  return { ok: true, text: doc.toString(options) };
}

/** Ids of the file's not-stated details, for choosing a new one that is free. */
export function notStatedIds(text: string): string[] {
  const parsed = parse(text);
  if (!parsed.ok) return [];
  const list = (parsed.value.doc.contents as YAMLMap).get('not_stated');
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => (isMap(item) ? [String(item.get('id'))] : []));
}

type Parsed = { doc: Document; options: ToStringOptions };

function parse(text: string): { ok: true; value: Parsed } | { ok: false; code: 'unparsable'; message: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents))
    return {
      ok: false,
      code: 'unparsable',
      message: 'qa.yaml does not parse as YAML; fix it by hand first (kb:check shows where)',
    };
  return { ok: true, value: { doc, options: styleOf(text) } };
}

/**
 * The stringify options under which the untouched file comes back as it was: no line folding, and flow lists
 * padded (`[ a, b ]`) or not (`[a, b]`) as the file writes them.
 */
function styleOf(text: string): ToStringOptions {
  const tight: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };
  const padded: ToStringOptions = { lineWidth: 0, flowCollectionPadding: true };
  return parseDocument(text).toString(tight) === text ? tight : padded;
}

function withEntry(text: string, entryId: string, edit: (doc: Document, entry: YAMLMap) => void): DocumentEdit {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const { doc, options } = parsed.value;
  const entry = findEntry(doc, entryId);
  if (!entry) return noEntry(entryId);
  edit(doc, entry);
  return { ok: true, text: doc.toString(options) };
}

function noEntry(entryId: string): DocumentEdit {
  return { ok: false, code: 'no_entry', message: `qa.yaml has no entry "${entryId}" (was it renamed or removed?)` };
}

function findEntry(doc: Document, entryId: string): YAMLMap | undefined {
  const entries = (doc.contents as YAMLMap).get('entries');
  if (!isSeq(entries)) return undefined;
  return entries.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entryId);
}

/** Sets a text field, keeping the node (its quoting style and comments) when it is there. */
function setScalar(doc: Document, map: YAMLMap, key: string, value: string): void {
  const node = map.get(key, true);
  if (isScalar(node)) {
    if (node.value !== value) node.value = value;
    return;
  }
  map.set(key, doc.createNode(value));
}

/** Sets a list of texts: unchanged items keep their nodes, new ones copy their neighbours' quoting, flow stays flow. */
function setList(doc: Document, map: YAMLMap, key: string, values: string[]): void {
  const node = map.get(key, true);
  const old = isSeq(node) ? node : undefined;
  const oldValues = old?.items.map((item) => (isScalar(item) ? item.value : undefined)) ?? [];
  if (old && oldValues.length === values.length && oldValues.every((v, i) => v === values[i])) return;
  const pool = new Map<unknown, Scalar[]>();
  for (const item of old?.items ?? [])
    if (isScalar(item)) pool.set(item.value, [...(pool.get(item.value) ?? []), item]);
  const seq = new YAMLSeq();
  for (const value of values) {
    const kept = pool.get(value)?.shift();
    if (kept) {
      seq.items.push(kept);
      continue;
    }
    const scalar = new Scalar(value);
    const sibling = old?.items.find(isScalar);
    if (sibling?.type) scalar.type = sibling.type;
    seq.items.push(scalar);
  }
  if (old) {
    seq.flow = old.flow;
    seq.commentBefore = old.commentBefore;
    seq.comment = old.comment;
    seq.spaceBefore = old.spaceBefore;
  }
  if (old) map.set(key, seq);
  else map.set(key, seq.items.length === 0 ? doc.createNode([]) : seq);
}

function setCitations(doc: Document, map: YAMLMap, citations: Citation[]): void {
  const node = map.get('citations', true);
  const old = isSeq(node) ? node : undefined;
  const same = (item: unknown, c: Citation) =>
    isMap(item) &&
    item.get('source') === c.source &&
    item.get('paragraph') === c.paragraph &&
    item.get('quote') === c.quote;
  if (old && old.items.length === citations.length && citations.every((c, i) => same(old.items[i], c))) return;
  const seq = new YAMLSeq();
  for (const citation of citations) {
    const kept = old?.items.find((item) => same(item, citation));
    if (kept) {
      seq.items.push(kept);
      continue;
    }
    const created = doc.createNode(citation) as YAMLMap;
    matchStyle(created, old?.items[0]);
    seq.items.push(created);
  }
  if (old) {
    seq.flow = old.flow;
    seq.commentBefore = old.commentBefore;
    seq.comment = old.comment;
  }
  map.set('citations', seq);
}

/** Gives a new map the quoting of a sibling map's scalars (double-quoted texts stay double-quoted). */
function matchStyle(created: YAMLMap, sibling: unknown): void {
  if (!isMap(sibling)) return;
  for (const pair of created.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const model = sibling.get(key, true);
    if (isScalar(pair.value) && isScalar(model) && typeof pair.value.value === typeof model.value && model.type)
      pair.value.type = model.type;
    if (isSeq(pair.value) && isSeq(model)) {
      pair.value.flow = model.flow;
      const itemModel = model.items.find(isScalar);
      for (const item of pair.value.items) if (isScalar(item) && itemModel?.type) item.type = itemModel.type;
    }
  }
}
