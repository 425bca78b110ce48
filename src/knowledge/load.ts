import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod/v3';
import { type CheckPackOptions, checkPack } from './check-pack.js';
import { cutAtEndMarker, dropParagraphs, splitParagraphs } from './paragraphs.js';
import { type PackFile, parsePackFile } from './parse-pack-file.js';
import { formatProblem, formatProblems, type PackProblem } from './problems.js';
import {
  AliasesFileSchema,
  FiguresFileSchema,
  type LoadedSource,
  type Pack,
  PackMetaSchema,
  QaFileSchema,
} from './schema.js';

export type PackLoadResult =
  | { ok: true; value: Pack; warnings: string[]; problems: PackProblem[] }
  | { ok: false; report: string; warnings: string[]; problems: PackProblem[] };

export const PACK_FILES = {
  meta: 'pack.yaml',
  qa: 'qa.yaml',
  figures: 'figures.yaml',
  aliases: 'aliases.yaml',
} as const;

export type LoadPackOptions = {
  /**
   * File texts to validate in place of what is on disk, by file name ('qa.yaml'): the studio checks an edit with this
   * very loader before it writes anything.
   */
  replace?: Readonly<Record<string, string>>;
} & CheckPackOptions;

/** A pack file's text by its name in the pack ("qa.yaml", a source's file), or undefined when it is missing. */
type ReadPackFile = (name: string) => Promise<string | undefined>;

/** Reads and validates knowledge/<pack>/; every problem in every file is reported at once. */
export async function loadPack(dir: string, options: LoadPackOptions = {}): Promise<PackLoadResult> {
  const replace = options.replace ?? {};
  const readText = (name: string) =>
    Object.hasOwn(replace, name) ? Promise.resolve(replace[name]) : readFromDisk(dir, name);
  // Paths in messages are relative to where the command runs, unless the pack lives outside it.
  const relative = path.relative(process.cwd(), dir);
  const display = (name: string) => path.join(relative.startsWith('..') ? dir : relative || '.', name);
  return loadPackWith(readText, display, options);
}

/**
 * Validates a pack held in memory (file name -> contents), as a briefing stored in Redis is: the same checks and
 * messages as a folder, each file named `<label>/<file>`.
 */
export async function loadPackFiles(files: Readonly<Record<string, string>>, label: string): Promise<PackLoadResult> {
  const read = async (name: string) => (Object.hasOwn(files, name) ? files[name] : undefined);
  return loadPackWith(read, (name) => `${label}/${name}`);
}

async function loadPackWith(
  readFile: ReadPackFile,
  display: (name: string) => string,
  options: CheckPackOptions = {},
): Promise<PackLoadResult> {
  const problems: PackProblem[] = [];

  const parse = async <S extends z.ZodType>(
    name: string,
    schema: S,
    optional = false,
  ): Promise<PackFile<z.infer<S>>> => {
    const text = await readFile(name);
    // An optional file that is absent reads as an empty one (figures.yaml: no figures).
    if (text === undefined && optional) return parsePackFile(display(name), '', schema);
    if (text === undefined) {
      const missing = { severity: 'error' as const, file: display(name), message: 'file is missing or unreadable' };
      return { data: undefined, problems: [missing], lineOf: async () => undefined };
    }
    return parsePackFile(display(name), text, schema);
  };
  const [meta, qa, figures, aliases] = await Promise.all([
    parse(PACK_FILES.meta, PackMetaSchema),
    parse(PACK_FILES.qa, QaFileSchema),
    parse(PACK_FILES.figures, FiguresFileSchema, true),
    parse(PACK_FILES.aliases, AliasesFileSchema),
  ]);
  problems.push(...meta.problems, ...qa.problems, ...figures.problems, ...aliases.problems);

  const sources: LoadedSource[] = [];
  for (const [i, source] of (meta.data?.sources ?? []).entries()) {
    const raw = await readFile(source.file);
    if (raw === undefined) {
      problems.push({
        severity: 'error',
        file: display(PACK_FILES.meta),
        line: await meta.lineOf(['sources', i, 'file']),
        id: source.id,
        field: 'file',
        message: `source file ${display(source.file)} is missing or unreadable`,
      });
      continue;
    }
    const cut = cutAtEndMarker(raw, source.end_marker);
    if (!cut.found) {
      problems.push({
        severity: 'error',
        file: display(PACK_FILES.meta),
        line: await meta.lineOf(['sources', i, 'end_marker']),
        id: source.id,
        field: 'end_marker',
        message: `no line "${source.end_marker}" in ${source.file}, so the article's end is unknown`,
      });
    }
    const { kept, dropped } = dropParagraphs(splitParagraphs(cut.text), source.drop_lines ?? []);
    for (const [d, count] of dropped.entries()) {
      if (count > 0) continue;
      problems.push({
        severity: 'warning',
        file: display(PACK_FILES.meta),
        line: await meta.lineOf(['sources', i, 'drop_lines', d]),
        id: source.id,
        field: `drop_lines[${d}]`,
        message: `"${source.drop_lines?.[d]}" matches no paragraph of ${source.file}, so it drops nothing`,
      });
    }
    sources.push({ ...source, text: kept.join('\n\n'), paragraphs: kept });
  }

  if (meta.data && qa.data && figures.data && aliases.data) {
    const pack: Pack = {
      meta: meta.data,
      sources,
      entries: qa.data.entries,
      notStated: qa.data.not_stated,
      figures: figures.data.figures,
      aliases: aliases.data,
    };
    problems.push(
      ...(await checkPack(
        pack,
        {
          qa: { file: display(PACK_FILES.qa), lineOf: qa.lineOf },
          figures: { file: display(PACK_FILES.figures), lineOf: figures.lineOf },
          aliases: { file: display(PACK_FILES.aliases), lineOf: aliases.lineOf },
        },
        options,
      )),
    );
    if (!problems.some((p) => p.severity === 'error')) {
      return { ok: true, value: pack, warnings: warningsOf(problems), problems };
    }
  }
  const warnings = warningsOf(problems);
  return { ok: false, report: formatProblems(problems), warnings, problems };
}

function warningsOf(problems: PackProblem[]): string[] {
  return problems.filter((p) => p.severity === 'warning').map(formatProblem);
}

async function readFromDisk(dir: string, name: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(dir, name), 'utf8');
  } catch {
    return undefined;
  }
}
