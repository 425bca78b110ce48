import type { Reply } from '../../answer/reply.js';
import { DEFAULT_NOT_STATED_ANSWER } from '../curator-fixes.js';
import { type Html, html } from '../html.js';
import type { PlacedItem } from '../nearest-entries.js';

// Unanswered and 👎: what colleagues asked that the bot declined or got a thumbs-down for, newest first, each with the
// entries nearest it and the fixes one click away: add it as an alternate of an entry, record it as a detail the
// article does not give, or dismiss it.

export type InboxView = {
  /** The items of this page of the list. */
  items: readonly PlacedItem[];
  /** Where they sit in the whole list, for the page links. */
  page: { first: number; total: number; newer?: string; older?: string };
  briefings: readonly { id: string; title: string }[];
  filter: string | undefined;
  csrf: string;
  notice?: string;
};

export function inboxPage(view: InboxView): Html {
  const many = view.briefings.length > 1;
  return html`<h1>Unanswered and 👎</h1>
<p>Questions people asked that got no answer or a thumbs-down, newest first. A fix writes to the briefing's qa.yaml
(checked by the bot's loader first), asks the question again and shows the new reply; the question then leaves this list.</p>
${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
${
  many
    ? html`<nav aria-label="Filter by briefing" class="filters">
  <a href="/inbox"${view.filter ? '' : html` aria-current="page"`}>All briefings</a>
  ${view.briefings.map((b) => html`<a href="/inbox?briefing=${b.id}"${view.filter === b.id ? html` aria-current="page"` : ''}>${b.title}</a>`)}
</nav>`
    : ''
}
${
  view.items.length === 0
    ? html`<p>Nothing waiting: every question people asked was answered, or has been dealt with.</p>`
    : html`<p class="muted">${view.page.first + 1}–${view.page.first + view.items.length} of ${view.page.total} waiting.</p>`
}
<ol class="inbox" start="${view.page.first + 1}">
${view.items.map((item, i) => inboxItem(item, i, view, many))}
</ol>
${
  view.page.newer || view.page.older
    ? html`<nav aria-label="More questions" class="filters">${view.page.newer ? html`<a href="${view.page.newer}">Newer questions</a>` : ''}${view.page.older ? html`<a href="${view.page.older}">Older questions</a>` : ''}</nav>`
    : ''
}`;
}

function inboxItem(item: PlacedItem, index: number, view: InboxView, many: boolean): Html {
  const heading = `item-${index}`;
  const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;
  const common = html`${hidden('csrf', view.csrf)}${hidden('key', item.key)}${item.briefing ? hidden('briefing', item.briefing.id) : ''}${item.question !== null ? hidden('question', item.question) : ''}`;
  const counts = [
    item.unanswered > 0 ? `no answer ×${item.unanswered}` : '',
    item.thumbsDown > 0 ? `👎 ×${item.thumbsDown}` : '',
  ].filter(Boolean);
  return html`<li class="inbox-item">
  <h2 id="${heading}" class="inbox-question">${item.question === null ? html`<span class="muted">(question not recorded)</span>` : html`“${item.question}”`}</h2>
  <p class="muted">${counts.join(' · ')} · last ${item.lastAt.replace('T', ' ').slice(0, 16)} UTC${many && item.briefing ? ` · ${item.briefing.pack.meta.title}` : ''}${item.votedEntries.length > 0 ? ` · answered with ${item.votedEntries.join(', ')}` : ''}</p>
  ${item.reply ? html`<p>Now: ${describeReply(item.reply)}</p>` : ''}
  ${
    item.question !== null && item.briefing && item.nearest.length > 0
      ? html`<h3 class="small-heading">Nearest entries</h3>
  <ul class="nearest">${item.nearest.map(
    (entry) => html`<li>
    <form method="post" action="/inbox/alternate" class="inline-form">
      ${common}${hidden('entry', entry.id)}
      <span class="nearest-entry"><a href="/briefings/${item.briefing?.id}/entries/${entry.id}">${entry.question}</a> <span class="muted">(${entry.id}, score ${entry.score.toFixed(2)})</span></span>
      <button type="submit" aria-describedby="${heading}">Add as alternate<span class="visually-hidden"> of “${entry.question}”</span></button>
    </form>
  </li>`,
  )}</ul>`
      : ''
  }
  ${
    item.question !== null && item.briefing
      ? html`<form method="post" action="/inbox/not-stated" class="not-stated-form">
    ${common}
    <label for="answer-${index}">Reply when asked this (the article does not give it)</label>
    <span class="inline-form"><input id="answer-${index}" name="answer" type="text" value="${DEFAULT_NOT_STATED_ANSWER}">
    <button type="submit" aria-describedby="${heading}">Record as not stated</button></span>
  </form>`
      : ''
  }
  <form method="post" action="/inbox/dismiss" class="inline-form">
    ${common}
    <button type="submit" class="secondary" aria-describedby="${heading}">Dismiss</button>
  </form>
</li>`;
}

function describeReply(reply: Reply): string {
  switch (reply.reason) {
    case 'answered':
      return `answered with ${reply.entryId}`;
    case 'hedged':
      return `answered with ${reply.entryId}, hedged`;
    case 'not_stated':
      return 'told the article does not say';
    case 'not_covered':
      return 'declined (the briefing does not say)';
    default:
      return 'declined';
  }
}
