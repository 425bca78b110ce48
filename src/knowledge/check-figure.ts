import type { Figure } from './schema.js';
import { sameNumber, writtenNumber } from './written-number.js';

// A figure's own fields must agree with each other: the currency only on money (and always there), the counted noun
// only on counts, and the normalised number equal to what the value text writes.

export type FigureFieldProblem = { field: 'currency' | 'counts' | 'number'; message: string };

export function checkFigureFields(figure: Figure): FigureFieldProblem[] {
  const problems: FigureFieldProblem[] = [];
  if (figure.unit === 'money' && figure.currency === undefined)
    problems.push({ field: 'currency', message: 'a money figure needs its currency: an ISO 4217 code such as USD' });
  if (figure.unit !== 'money' && figure.currency !== undefined)
    problems.push({ field: 'currency', message: `currency is for money figures only (this one is ${figure.unit})` });
  if (figure.unit !== 'count' && figure.counts !== undefined)
    problems.push({ field: 'counts', message: `counts is for count figures only (this one is ${figure.unit})` });
  if (figure.number !== undefined && typeof figure.value === 'string') {
    const written = writtenNumber(figure.value);
    if (written !== undefined && !sameNumber(written, figure.number)) {
      problems.push({
        field: 'number',
        message: `number ${figure.number} does not match value "${figure.value}", which writes ${written}`,
      });
    }
  }
  return problems;
}

/** The figure's number: `number`, else a numeric `value`; undefined when it has none ("last month"). */
export function figureNumber(figure: Pick<Figure, 'value' | 'number'>): number | undefined {
  return figure.number ?? (typeof figure.value === 'number' ? figure.value : undefined);
}
