import {
  asksMatcher,
  firstContaining,
  indexPhrases,
  isPackWide,
  type Phrase,
  type PhraseIndex,
  readAsks,
  readPhrase,
} from '../match/not-stated.js';
import { checkFigureFields } from './check-figure.js';
import type { PackProblem } from './problems.js';
import type { Pack } from './schema.js';
import { checkCitation, checkComparison, checkFigureValue } from './verify-quotes.js';

/** Where each pack file lives and how to find the line of a path inside it (async: lines load only when asked). */
export type PackFileLocator = { file: string; lineOf(path: readonly PropertyKey[]): Promise<number | undefined> };

export type PackLocators = { qa: PackFileLocator; figures: PackFileLocator; aliases: PackFileLocator };

export type CheckPackOptions = {
  /**
   * False: leave out the check that no `not_stated` detail asks what its entry's own phrasings ask (every phrasing of
   * every entry read as the matcher reads a question: a third of a start's work). A briefing loaded so runs it before
   * its first answer (briefing.ts); every other check is made.
   */
  phrasings?: boolean;
};

/** Cross-file checks on a pack whose files each passed their schema: ids, references, quotes, coverage. */
export async function checkPack(pack: Pack, at: PackLocators, options: CheckPackOptions = {}): Promise<PackProblem[]> {
  // Problems keep the order they are found in; each error's line is looked up alongside and awaited at the end.
  const problems: Array<PackProblem | Promise<PackProblem>> = [];
  findProblems(
    pack,
    at,
    options.phrasings ?? true,
    (loc, path, id, field, message) =>
      problems.push(loc.lineOf(path).then((line) => ({ severity: 'error', file: loc.file, line, id, field, message }))),
    (warning) => problems.push(warning),
  );
  return Promise.all(problems);
}

const NO_LINES: PackFileLocator = { file: '', lineOf: async () => undefined };

/** Whether any check fails: at once, for a briefing loaded without the phrasing checks, before its first answer. */
export function failsChecks(pack: Pack): boolean {
  let failed = false;
  const at = { qa: NO_LINES, figures: NO_LINES, aliases: NO_LINES };
  findProblems(
    pack,
    at,
    true,
    () => {
      failed = true;
    },
    () => undefined,
  );
  return failed;
}

type ReportError = (loc: PackFileLocator, path: PropertyKey[], id: string, field: string, message: string) => void;

function findProblems(
  pack: Pack,
  at: PackLocators,
  phrasings: boolean,
  error: ReportError,
  warn: (warning: PackProblem) => void,
): void {
  for (const i of duplicateIds(pack.entries.map((e) => e.id))) {
    error(at.qa, ['entries', i, 'id'], pack.entries[i].id, 'id', 'duplicate id (ids must be unique)');
  }
  for (const i of duplicateIds(pack.notStated.map((d) => d.id))) {
    error(at.qa, ['not_stated', i, 'id'], pack.notStated[i].id, 'id', 'duplicate id (ids must be unique)');
  }
  // Each detail's asks, read once for both checks below (100 packs are checked at start).
  const asksAt = pack.notStated.map((d) => (phrasings ? readAsks(d.asks) : []));
  const asksById = new Map(pack.notStated.map((d, i) => [d.id, asksAt[i]]));
  for (const i of duplicateIds(pack.figures.map((f) => f.id))) {
    error(at.figures, ['figures', i, 'id'], pack.figures[i].id, 'id', 'duplicate id (ids must be unique)');
  }
  const groups = [...pack.aliases.entities, ...pack.aliases.synonyms];
  duplicateIds(groups.map((g) => g.id)).forEach((i) => {
    const [list, index] =
      i < pack.aliases.entities.length ? ['entities', i] : ['synonyms', i - pack.aliases.entities.length];
    error(at.aliases, [list, index, 'id'], groups[i].id, 'id', 'duplicate id (ids must be unique)');
  });

  const figureIds = new Set(pack.figures.map((f) => f.id));
  // Each entry's own phrasings, read once for every detail checked against them (100 packs are checked at start).
  const readPhrasings: { text: string; read: Phrase }[][] = [];
  const phrasingsOf = (e: number) => {
    readPhrasings[e] ??= [pack.entries[e].question, ...pack.entries[e].alternates].map((text) => ({
      text,
      read: readPhrase(text),
    }));
    return readPhrasings[e];
  };
  const wordsOf = (e: number) => new Set(phrasingsOf(e).flatMap(({ read }) => read.words));
  pack.entries.forEach((entry, e) => {
    let entryWords: Set<string> | undefined;
    entry.figures.forEach((figureId, f) => {
      if (!figureIds.has(figureId)) {
        error(at.qa, ['entries', e, 'figures', f], entry.id, `figures[${f}]`, `unknown figure id "${figureId}"`);
      }
    });
    entry.citations.forEach((citation, c) => {
      const why = checkCitation(citation, pack.sources);
      if (why) error(at.qa, ['entries', e, 'citations', c, 'quote'], entry.id, `citations[${c}]`, why);
    });
    entry.not_stated.forEach((detailId, d) => {
      const asks = asksById.get(detailId);
      const path = ['entries', e, 'not_stated', d];
      if (!asks) {
        error(at.qa, path, entry.id, `not_stated[${d}]`, `unknown not_stated detail id "${detailId}"`);
        return;
      }
      // A detail the entry's own phrasings ask for would turn the entry's own questions away.
      if (!phrasings) return;
      entryWords ??= wordsOf(e);
      const askedIn = asksMatcher(asks, entryWords);
      for (const { text: phrasing, read } of phrasingsOf(e)) {
        const phrase = askedIn(read);
        if (phrase === undefined) continue;
        const message = `detail "${detailId}" asks "${phrase}", which is in the entry's own phrasing "${phrasing}": that question would be told the detail is not stated`;
        error(at.qa, path, entry.id, `not_stated[${d}]`, message);
        break;
      }
    });
  });

  // A pack-wide detail answers every question that asks for it, so no entry's own phrasing may ask for it.
  const listed = new Set(pack.entries.flatMap((e) => e.not_stated));
  let everyPhrasing: { text: string; read: Phrase; e: number }[] | undefined;
  let phrasingIndex: PhraseIndex | undefined;
  pack.notStated.forEach((detail, d) => {
    if (!phrasings || !isPackWide(detail, listed)) return;
    const askedIn = asksMatcher(asksAt[d]);
    everyPhrasing ??= pack.entries.flatMap((_, e) => phrasingsOf(e).map((phrasing) => ({ ...phrasing, e })));
    phrasingIndex ??= indexPhrases(everyPhrasing.map(({ read }) => read));
    const first = firstContaining(phrasingIndex, asksAt[d]);
    if (first === undefined) return;
    const hit = everyPhrasing[first];
    const message = `pack-wide detail asks "${askedIn(hit.read)}", which is in entry "${pack.entries[hit.e].id}"'s phrasing "${hit.text}": that question would be told the detail is not stated`;
    error(at.qa, ['not_stated', d, 'asks'], detail.id, 'asks', message);
  });

  pack.figures.forEach((figure, f) => {
    const why = checkCitation(figure.citation, pack.sources);
    if (why) error(at.figures, ['figures', f, 'citation', 'quote'], figure.id, 'citation', why);
    const valueWhy = checkFigureValue(figure);
    if (valueWhy) error(at.figures, ['figures', f, 'value'], figure.id, 'value', valueWhy);
    const comparisonWhy = checkComparison(figure);
    if (comparisonWhy)
      error(at.figures, ['figures', f, 'comparison', 'statement'], figure.id, 'comparison', comparisonWhy);
    for (const problem of checkFigureFields(figure))
      error(at.figures, ['figures', f, problem.field], figure.id, problem.field, problem.message);
  });

  const entityIds = new Set(pack.aliases.entities.map((g) => g.id));
  const synonymIds = new Set(pack.aliases.synonyms.map((g) => g.id));
  pack.aliases.entities.forEach((group, g) => {
    if (group.part_of === group.id)
      error(at.aliases, ['entities', g, 'part_of'], group.id, 'part_of', 'an entity cannot be part of itself');
    else if (group.part_of !== undefined && !entityIds.has(group.part_of))
      error(at.aliases, ['entities', g, 'part_of'], group.id, 'part_of', `unknown entity id "${group.part_of}"`);
    (group.described_by ?? []).forEach((synonymId, d) => {
      if (!synonymIds.has(synonymId))
        error(
          at.aliases,
          ['entities', g, 'described_by', d],
          group.id,
          `described_by[${d}]`,
          `unknown synonym group id "${synonymId}"`,
        );
    });
  });
  pack.aliases.synonyms.forEach((group, g) => {
    if (group.part_of !== undefined)
      error(at.aliases, ['synonyms', g, 'part_of'], group.id, 'part_of', 'only entities can be part of another');
    if (group.described_by !== undefined)
      error(
        at.aliases,
        ['synonyms', g, 'described_by'],
        group.id,
        'described_by',
        'only entities are described by synonym groups',
      );
  });

  // One term naming two different things would make the matcher guess; the curator must decide.
  const owner = new Map<string, string>();
  for (const [list, items] of [
    ['entities', pack.aliases.entities],
    ['synonyms', pack.aliases.synonyms],
  ] as const) {
    items.forEach((group, g) => {
      group.terms.forEach((term, t) => {
        const key = term.toLowerCase().trim();
        const previous = owner.get(key);
        if (previous !== undefined && previous !== group.id) {
          error(
            at.aliases,
            [list, g, 'terms', t],
            group.id,
            `terms[${t}]`,
            `"${term}" is already a term of "${previous}"`,
          );
        } else owner.set(key, group.id);
      });
    });
  }

  // A figure the answer states must be in what it cites, or a reader cannot check it there. Not a page's own date
  // ("on 2018-04-05, according to the page"), which no paragraph gives.
  pack.entries.forEach((entry) => {
    const cited = new Set(
      entry.citations.flatMap((c) =>
        numbersIn(pack.sources.find((s) => s.id === c.source)?.paragraphs[c.paragraph - 1] ?? ''),
      ),
    );
    const uncited = [...new Set(numbersIn(entry.answer.replace(/\b\d{4}-\d\d-\d\d\b/g, '')))].filter(
      (n) => !cited.has(n),
    );
    if (uncited.length > 0)
      warn({
        severity: 'warning',
        file: at.qa.file,
        id: entry.id,
        field: 'answer',
        message: `states ${uncited.join(', ')}, which no paragraph it cites gives: cite the sentence that does`,
      });
  });

  for (const source of pack.sources) {
    const cited = new Set(
      pack.entries.flatMap((e) => e.citations.filter((c) => c.source === source.id).map((c) => c.paragraph)),
    );
    const uncited = source.paragraphs.map((_, i) => i + 1).filter((n) => !cited.has(n));
    if (uncited.length > 0) {
      warn({
        severity: 'warning',
        file: at.qa.file,
        message: `${source.file}: paragraph${uncited.length === 1 ? '' : 's'} ${uncited.join(', ')} not cited by any entry`,
      });
    }
  }
}

/** "$64,300", "1.8.3", "19.9": each number as written, thousands separators dropped. */
function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, ''));
}

function duplicateIds(ids: string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (seen.has(id)) return [i];
    seen.add(id);
    return [];
  });
}
