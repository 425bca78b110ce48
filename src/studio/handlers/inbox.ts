import { formatProblems } from '../../knowledge/problems.js';
import type { HandledRecord } from '../../store/store.js';
import { notStatedDetail } from '../curator-fixes.js';
import { questionKey } from '../inbox.js';
import { inboxPage } from '../pages/inbox-page.js';
import { layout } from '../pages/layout.js';
import { addAlternate, addNotStated, notStatedIds } from '../qa-document.js';
import {
  type Handler,
  page,
  redirect,
  type StudioDeps,
  type StudioRequest,
  type StudioResponse,
} from '../studio-http.js';
import { frameFor } from './frame.js';
import { notFound, refused } from './not-found.js';
import { readInbox } from './read-inbox.js';
import { type EditOutcome, saveEdit } from './save-edit.js';

const MAX_QUESTION = 4000;
/** Items per page of the list: each carries its forms, and a curator works through the newest first. */
export const INBOX_PAGE_SIZE = 25;

export const showInbox: Handler = async (request, deps) => {
  const { briefings } = await deps.briefings.list();
  const filter = request.query.get('briefing') || undefined;
  const all = (await readInbox(deps, briefings)).filter((item) => !filter || item.briefing?.id === filter);
  const pages = Math.max(1, Math.ceil(all.length / INBOX_PAGE_SIZE));
  const number = Math.min(Math.max(1, Number.parseInt(request.query.get('page') ?? '1', 10) || 1), pages);
  const first = (number - 1) * INBOX_PAGE_SIZE;
  const link = (n: number) => `/inbox?${new URLSearchParams({ ...(filter && { briefing: filter }), page: String(n) })}`;
  const frame = await frameFor(request, deps, 'Unanswered and 👎', 'inbox');
  const dismissed = request.query.get('dismissed') === '1';
  return page(
    layout(
      frame,
      inboxPage({
        items: all.slice(first, first + INBOX_PAGE_SIZE),
        page: {
          first,
          total: all.length,
          newer: number > 1 ? link(number - 1) : undefined,
          older: number < pages ? link(number + 1) : undefined,
        },
        briefings: briefings.map((b) => ({ id: b.id, title: b.pack.meta.title })),
        filter,
        csrf: request.csrf,
        notice: dismissed ? 'Dismissed: the question left the list.' : undefined,
      }),
    ),
  );
};

/** One click: the question becomes an alternate phrasing of the chosen entry; then it is asked again. */
export const addAsAlternate: Handler = async (request, deps) => {
  const fix = readFix(request);
  const entryId = request.form.get('entry') ?? '';
  if (!fix) return refused(request, deps, 'The form did not name a question and a briefing.');
  const outcome = await saveEdit(deps, fix.briefing, (text) => addAlternate(text, entryId, fix.question));
  return finish(request, deps, outcome, fix, { action: 'alternate', target: entryId });
};

/**
 * One click: the question becomes a not-stated detail. A question the bot now answers with an entry gets the detail
 * on that entry (the 👎 case: "the article does not give that"); one it declines gets a pack-wide detail, since an
 * entry's details are only read for questions that match it.
 */
export const addAsNotStated: Handler = async (request, deps) => {
  const fix = readFix(request);
  if (!fix) return refused(request, deps, 'The form did not name a question and a briefing.');
  const briefing = await deps.briefings.get(fix.briefing);
  if (!briefing) return notFound(request, deps);
  const reply = briefing.engine.answer(fix.question);
  const entryId = reply.answered && reply.entryId && !reply.entryId.includes('+') ? reply.entryId : null;
  let detailId = '';
  const outcome = await saveEdit(deps, fix.briefing, (text) => {
    const detail = notStatedDetail(fix.question, request.form.get('answer') ?? '', notStatedIds(text));
    detailId = detail.id;
    return addNotStated(text, detail, entryId);
  });
  return finish(request, deps, outcome, fix, { action: 'not_stated', target: detailId });
};

export const dismiss: Handler = async (request, deps) => {
  const key = request.form.get('key') ?? '';
  if (!/^(?:q|vote):/.test(key) || key.length > MAX_QUESTION + 10)
    return refused(request, deps, 'The form did not name a question.');
  await deps.store.recordHandled({
    key,
    action: 'dismissed',
    pack: null,
    target: null,
    at: new Date(deps.nowMs()).toISOString(),
  });
  return redirect('/inbox?dismissed=1');
};

type Fix = { question: string; briefing: string };

function readFix(request: StudioRequest): Fix | undefined {
  const question = (request.form.get('question') ?? '').trim();
  const briefing = request.form.get('briefing') ?? '';
  if (question === '' || question.length > MAX_QUESTION || briefing === '') return undefined;
  return { question, briefing };
}

async function finish(
  request: StudioRequest,
  deps: StudioDeps,
  outcome: EditOutcome,
  fix: Fix,
  done: { action: HandledRecord['action']; target: string },
): Promise<StudioResponse> {
  if (!outcome.ok) {
    if (outcome.code === 'no_briefing' || outcome.code === 'no_entry') return notFound(request, deps);
    return refused(
      request,
      deps,
      outcome.code === 'invalid'
        ? `The bot's loader refused the change:\n${formatProblems(outcome.problems)}`
        : outcome.message,
    );
  }
  await deps.store.recordHandled({
    key: questionKey(fix.question),
    action: done.action,
    pack: fix.briefing,
    target: done.target,
    at: new Date(deps.nowMs()).toISOString(),
  });
  const query = new URLSearchParams({
    briefing: fix.briefing,
    q: fix.question,
    fixed: done.action,
    target: done.target,
  });
  return redirect(`/ask?${query}`);
}
