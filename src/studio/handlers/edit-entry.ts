import { articleParagraphs } from '../article-sentences.js';
import {
  changesFromForm,
  type EntryFormValues,
  type FieldProblems,
  fieldProblems,
  formValuesOf,
  readFormValues,
} from '../entry-form.js';
import { html } from '../html.js';
import { type EntryView, entryPage } from '../pages/entry-page.js';
import { layout } from '../pages/layout.js';
import { editEntry } from '../qa-document.js';
import { readQaFile } from '../save-qa-file.js';
import type { StudioBriefing } from '../studio-briefings.js';
import { type Handler, page, redirect, type StudioDeps, type StudioRequest } from '../studio-http.js';
import { frameFor } from './frame.js';
import { notFound } from './not-found.js';
import { saveEdit, versionOf } from './save-edit.js';

export const showEntry: Handler = async (request, deps) => {
  const found = await findEntry(request, deps);
  if (!found) return notFound(request, deps);
  const saved = request.query.get('saved');
  return render(
    request,
    deps,
    found.briefing,
    found.entryIndex,
    formValuesOf(found.briefing.pack.entries[found.entryIndex]),
    {
      saved: saved === 'approved' || saved === 'saved' ? saved : undefined,
    },
  );
};

export const saveEntry: Handler = async (request, deps) => {
  const found = await findEntry(request, deps);
  if (!found) return notFound(request, deps);
  const { briefing, entryIndex } = found;
  const entry = briefing.pack.entries[entryIndex];
  const values = readFormValues(request.form);
  const approve = request.form.get('intent') === 'approve';
  const changes = changesFromForm(values, entry, articleParagraphs(briefing.pack.sources), approve);
  if (!changes.ok)
    return render(
      request,
      deps,
      briefing,
      entryIndex,
      values,
      { problems: { byField: changes.problems, other: [] } },
      422,
    );
  const outcome = await saveEdit(
    deps,
    briefing.id,
    (text) => editEntry(text, entry.id, changes.changes),
    request.form.get('version') ?? '',
  );
  if (outcome.ok)
    return redirect(`/briefings/${briefing.id}/entries/${entry.id}?saved=${approve ? 'approved' : 'saved'}`);
  if (outcome.code === 'no_briefing') return notFound(request, deps);
  if (outcome.code === 'invalid')
    return render(
      request,
      deps,
      briefing,
      entryIndex,
      values,
      { problems: fieldProblems(outcome.problems, entry.id) },
      422,
    );
  return render(request, deps, briefing, entryIndex, values, { refused: outcome.message }, 409);
};

async function findEntry(request: StudioRequest, deps: StudioDeps) {
  const briefing = await deps.briefings.get(request.params.briefing);
  const entryIndex = briefing?.pack.entries.findIndex((e) => e.id === request.params.entry) ?? -1;
  return briefing && entryIndex >= 0 ? { briefing, entryIndex } : undefined;
}

async function render(
  request: StudioRequest,
  deps: StudioDeps,
  briefing: StudioBriefing,
  entryIndex: number,
  values: EntryFormValues,
  extra: { problems?: FieldProblems; refused?: string; saved?: EntryView['saved'] },
  status = 200,
) {
  const entry = briefing.pack.entries[entryIndex];
  const view: EntryView = {
    briefing: { id: briefing.id, title: briefing.pack.meta.title },
    entry,
    values,
    paragraphs: articleParagraphs(briefing.pack.sources),
    csrf: request.csrf,
    version: versionOf(await readQaFile(briefing.folder)),
    ...extra,
  };
  const frame = await frameFor(request, deps, `Entry ${entry.id}`, 'briefings');
  return page(layout(frame, html`${entryPage(view)}`), status);
}
