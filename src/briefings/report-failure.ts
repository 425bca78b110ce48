import type { PackProblem } from '../knowledge/problems.js';
import type { Logger } from '../log.js';

// A pack that fails validation is logged as one line per problem, each naming the file, line, entry, field and what
// is wrong, so a curator can fix it from the log alone (the same details as kb:check prints).

const MAX_LINES = 20;

export function logPackFailure(
  logger: Logger,
  origin: string,
  problems: readonly PackProblem[],
  serving: string | null,
): void {
  const status = serving ? `still serving its last good version (${serving})` : 'not served';
  for (const problem of problems.slice(0, MAX_LINES))
    logger.error('briefing failed validation', {
      folder: origin,
      file: problem.file,
      line: problem.line,
      entry: problem.id,
      field: problem.field,
      problem: problem.message,
      status,
    });
  if (problems.length > MAX_LINES)
    logger.error('briefing failed validation', { folder: origin, more: problems.length - MAX_LINES, status });
}
