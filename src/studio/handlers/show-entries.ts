import { formatProblems } from '../../knowledge/problems.js';
import { entriesPage } from '../pages/entries-page.js';
import { layout } from '../pages/layout.js';
import { approveEntry } from '../qa-document.js';
import { type Handler, page, redirect } from '../studio-http.js';
import { frameFor } from './frame.js';
import { notFound, refused } from './not-found.js';
import { saveEdit } from './save-edit.js';

export const showEntries: Handler = async (request, deps) => {
  const briefing = await deps.briefings.get(request.params.briefing);
  if (!briefing) return notFound(request, deps, 'No such briefing');
  const title = briefing.pack.meta.title;
  const approved = request.query.get('approved') ?? undefined;
  return page(
    layout(
      await frameFor(request, deps, title, 'briefings'),
      entriesPage({
        briefing: { id: briefing.id, title },
        entries: briefing.pack.entries,
        draftsOnly: request.query.get('drafts') === '1',
        csrf: request.csrf,
        approved: approved && briefing.pack.entries.some((e) => e.id === approved) ? approved : undefined,
      }),
    ),
  );
};

/** The list's one-click Approve: removes the entry's draft mark, through the same checked save as the form. */
export const approveFromList: Handler = async (request, deps) => {
  const { briefing: id, entry } = request.params;
  const saved = await saveEdit(deps, id, (text) => approveEntry(text, entry));
  if (!saved.ok) {
    if (saved.code === 'no_briefing' || saved.code === 'no_entry') return notFound(request, deps);
    return refused(request, deps, saved.code === 'invalid' ? formatProblems(saved.problems) : saved.message);
  }
  return redirect(`/briefings/${id}?approved=${entry}`);
};
