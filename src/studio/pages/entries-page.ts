import type { QaEntry } from '../../knowledge/schema.js';
import { type Html, html } from '../html.js';

// Entries of one briefing: drafts first to review, each with a link to its form and a one-click Approve.

export type EntriesView = {
  briefing: { id: string; title: string };
  entries: readonly QaEntry[];
  draftsOnly: boolean;
  csrf: string;
  /** After an approve: which entry, for the status line. */
  approved?: string;
};

export function entriesPage(view: EntriesView): Html {
  const { briefing } = view;
  const drafts = view.entries.filter((e) => e.draft === true).length;
  const shown = view.draftsOnly ? view.entries.filter((e) => e.draft === true) : view.entries;
  return html`<h1>${briefing.title}</h1>
<p>${view.entries.length} entries, ${drafts} still draft. <a href="/ask?briefing=${briefing.id}">Ask this briefing</a></p>
${view.approved ? html`<p class="notice" role="status">Approved entry <code>${view.approved}</code>.</p>` : ''}
<nav aria-label="Filter entries" class="filters">
  <a href="/briefings/${briefing.id}"${view.draftsOnly ? '' : html` aria-current="page"`}>All entries</a>
  <a href="/briefings/${briefing.id}?drafts=1"${view.draftsOnly ? html` aria-current="page"` : ''}>Drafts only</a>
</nav>
<h2>${view.draftsOnly ? 'Draft entries' : 'Entries'}</h2>
${shown.length === 0 ? html`<p>No draft left to review.</p>` : ''}
<ul class="entry-list">
${shown.map(
  (entry) => html`<li class="entry-row">
  <p class="entry-title"><a href="/briefings/${briefing.id}/entries/${entry.id}">${entry.question}</a>${entry.draft ? html` <span class="badge">draft</span>` : ''}</p>
  <p class="muted"><code>${entry.id}</code> · ${entry.tags.join(', ')} · ${entry.citations.length} citation${entry.citations.length === 1 ? '' : 's'}${entry.figures.length > 0 ? ` · ${entry.figures.length} figure${entry.figures.length === 1 ? '' : 's'}` : ''}</p>
  <p class="entry-answer">${entry.answer}</p>
  ${
    entry.draft
      ? html`<form method="post" action="/briefings/${briefing.id}/entries/${entry.id}/approve">
    <input type="hidden" name="csrf" value="${view.csrf}">
    <button type="submit">Approve<span class="visually-hidden"> “${entry.question}”</span></button>
  </form>`
      : ''
  }
</li>`,
)}
</ul>`;
}
