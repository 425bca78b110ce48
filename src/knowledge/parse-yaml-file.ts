import { type Document, isCollection, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod/v3';
import { formatPath, type PackProblem } from './problems.js';
import { earlyClosingQuote } from './yaml-quote-hint.js';

// The slow, exact path: `yaml` knows where every node sits, so problems get their lines. parse-pack-file.ts imports
// this module only when a file has a problem, because loading and running `yaml` was most of a cold pack load.

export type ParsedFile<T> = {
  /** Undefined when the file did not parse or did not match its schema. */
  data: T | undefined;
  problems: PackProblem[];
  /** The 1-based line of the node at a path, for pointing a curator at the exact spot. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
};

type Located = {
  doc: Document;
  lineAt(offset: number | undefined): number | undefined;
  lineOf: ParsedFile<unknown>['lineOf'];
};

/** Parses a file with `yaml` and returns a lookup from a path to the line of its node. */
export function locateLines(text: string): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk up to the nearest node that exists, so a missing field points at its parent object.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      if (depth === 0 && isCollection(doc.contents)) return lineAt(doc.contents.range?.[0]);
    }
    return undefined;
  };
  return { doc, lineAt, lineOf };
}

/** Parses one YAML file of the pack against its schema, collecting every problem with its line. */
export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S): ParsedFile<z.infer<S>> {
  const { doc, lineAt, lineOf } = locateLines(text);

  if (doc.errors.length > 0) {
    // One problem per line: a parser that lost its way on a line reports it several times over, and the first
    // report, with the cause named when the line shows it, is the one a curator can act on.
    const lines = text.split(/\r?\n|\r/);
    const problems: PackProblem[] = [];
    for (const error of doc.errors) {
      const line = lineAt(error.pos[0]);
      if (problems.some((p) => p.line === line)) continue;
      const cause = line === undefined ? undefined : earlyClosingQuote(lines[line - 1] ?? '');
      const message = cause ?? error.message.split('\n')[0];
      problems.push({ severity: 'error', file, line, message: `YAML syntax: ${message}` });
    }
    return { data: undefined, lineOf, problems };
  }

  const raw = doc.toJS();
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [], lineOf };
  return {
    data: undefined,
    lineOf,
    problems: result.error.issues.map((issue) => ({
      severity: 'error' as const,
      file,
      line: lineOf(issue.path),
      id: idAt(raw, issue.path),
      field: fieldWithinItem(issue.path),
      message: issue.message,
    })),
  };
}

/** The id of the list item a path points into (entries[3] -> that entry's id), if it has one. */
function idAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path.length < 2) return undefined;
  const list = (root as Record<string, unknown> | null)?.[path[0] as string];
  if (!Array.isArray(list) || typeof path[1] !== 'number') return undefined;
  const item = list[path[1]] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' ? item.id : `${String(path[0])}[${path[1]}]`;
}

function fieldWithinItem(path: readonly PropertyKey[]): string {
  return typeof path[1] === 'number' ? formatPath(path.slice(2)) || '(item)' : formatPath(path);
}
