import { load } from 'js-yaml';
import type { z } from 'zod/v3';
import type { PackProblem } from './problems.js';
import { YAML_CORE_SCHEMA } from './yaml-core-schema.js';

export type PackFile<T> = {
  /** Undefined when the file is missing, did not parse or did not match its schema. */
  data: T | undefined;
  problems: PackProblem[];
  /** The 1-based line of the node at a path. Async because the parser that knows lines loads only when asked. */
  lineOf(path: readonly PropertyKey[]): Promise<number | undefined>;
};

/**
 * Parses one YAML file of the pack against its schema. A valid file is read with js-yaml, which loads and parses
 * several times faster than `yaml` but knows no lines. Anything wrong goes through `yaml` (parse-yaml-file.ts), so
 * every message and line is exactly what `yaml` reports.
 */
export async function parsePackFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Promise<PackFile<z.infer<S>>> {
  const raw = usesSyntaxOnlyYamlJudges(text) ? undefined : loadQuietly(text);
  if (raw) {
    const result = schema.safeParse(raw.value);
    if (result.success) {
      let located: Promise<(path: readonly PropertyKey[]) => number | undefined> | undefined;
      const lineOf = async (path: readonly PropertyKey[]) => {
        located ??= import('./parse-yaml-file.js').then((yaml) => yaml.locateLines(text).lineOf);
        return (await located)(path);
      };
      return { data: result.data, problems: [], lineOf };
    }
  }
  const { parseYamlFile } = await import('./parse-yaml-file.js');
  const parsed = parseYamlFile(file, text, schema);
  return { data: parsed.data, problems: parsed.problems, lineOf: async (path) => parsed.lineOf(path) };
}

/** js-yaml's value, or undefined if it saw an error or a warning (so `yaml` decides what is wrong). */
function loadQuietly(text: string): { value: unknown } | undefined {
  let warned = false;
  try {
    // js-yaml warns (and carries on) about deficient indentation that `yaml` rejects outright.
    const value = load(text, {
      schema: YAML_CORE_SCHEMA,
      onWarning: () => {
        warned = true;
      },
    });
    return warned ? undefined : { value };
  } catch {
    return undefined;
  }
}

// Syntax js-yaml accepts but `yaml` rejects or reads differently (found by comparing both on mutated pack files).
// None appears in a hand-written pack; a false hit only costs the slow path, never a different result.
// Each with a character every match contains: a text without it skips the pattern (memchr-fast), and most do.
const ONLY_YAML_JUDGES: { needs: string[]; pattern: RegExp }[] = [
  // A directive: `%YAML 1.1` switches `yaml` to YAML 1.1 (yes/no booleans, dates); js-yaml ignores it.
  { needs: ['%'], pattern: /^%/m },
  // A comment glued to a quote or bracket (`"x"#c`, `[a]#c`): `yaml` requires white space before `#`.
  { needs: ['#'], pattern: /["'[\]{},]#/ },
  // Anchors and aliases: `yaml` limits alias expansion (and throws past it); js-yaml does not.
  { needs: ['&', '*'], pattern: /(?:^|[\s[\]{},])[&*][^\s[\]{},]/m },
  // Content on the `---` line (`--- a: 1`): `yaml` rejects a block collection there.
  { needs: ['---'], pattern: /^---[ \t]+[^\s#]/m },
  // A bare carriage return: `yaml` does not treat it as a line break; js-yaml does.
  { needs: ['\r'], pattern: /\r(?!\n)/ },
];

function usesSyntaxOnlyYamlJudges(text: string): boolean {
  return ONLY_YAML_JUDGES.some(({ needs, pattern }) => needs.some((c) => text.includes(c)) && pattern.test(text));
}
