// A pack problem is data: the loader collects every one before reporting, so a curator fixes them in one pass.

export type PackProblem = {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** The entry, figure or alias group the problem is in, when there is one. */
  id?: string;
  /** Dotted path to the field, e.g. citations[0].quote. */
  field?: string;
  message: string;
};

export function formatProblem(problem: PackProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const id = problem.id === undefined ? '' : ` [${problem.id}]`;
  const field = problem.field === undefined || problem.field === '' ? '' : ` ${problem.field}:`;
  return `${problem.severity}: ${where}${id}${field} ${problem.message}`;
}

export function formatProblems(problems: PackProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const header = `Knowledge pack has ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}:`;
  return [header, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Renders a zod/YAML path as a.b[0].c, the way a curator reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}
