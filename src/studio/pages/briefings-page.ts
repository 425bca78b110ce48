import { type BriefingStats, percent } from '../briefing-stats.js';
import { type Html, html } from '../html.js';
import type { FailedFolder } from '../studio-briefings.js';

// Briefings: every pack with its size, how much of its article the entries cite, how much is still draft, and how
// many questions are waiting for a curator.

export type BriefingCard = { id: string; title: string; description: string; stats: BriefingStats };

export function briefingsPage(cards: readonly BriefingCard[], failed: readonly FailedFolder[]): Html {
  return html`<h1>Briefings</h1>
${cards.length === 0 ? html`<p>No briefing loads. Draft one with <code>npm run kb:new -- article.html</code> (docs/curating.md).</p>` : ''}
<ul class="cards">
${cards.map((card) => {
  const s = card.stats;
  return html`<li class="card">
  <h2><a href="/briefings/${card.id}">${card.title}</a></h2>
  <p class="muted">${card.description}</p>
  <dl class="stats">
    <div><dt>Entries</dt><dd>${s.entries}</dd></div>
    <div><dt>Figures</dt><dd>${s.figures}</dd></div>
    <div><dt>Still draft</dt><dd>${percent(s.draftEntries, s.entries)} <span class="muted">(${s.draftEntries} of ${s.entries} entries${s.draftFigures > 0 ? `, ${s.draftFigures} of ${s.figures} figures` : ''})</span></dd></div>
    <div><dt>Article coverage</dt><dd>${percent(s.citedParagraphs, s.paragraphs)} <span class="muted">(${s.citedParagraphs} of ${s.paragraphs} paragraphs cited)</span></dd></div>
    <div><dt>Unanswered</dt><dd><a href="/inbox?briefing=${card.id}">${s.unanswered}</a></dd></div>
    <div><dt>👎<span class="visually-hidden"> thumbs down</span></dt><dd><a href="/inbox?briefing=${card.id}">${s.thumbsDown}</a></dd></div>
  </dl>
  <p class="card-links"><a href="/briefings/${card.id}">Review entries<span class="visually-hidden"> of ${card.title}</span></a> · <a href="/ask?briefing=${card.id}">Ask<span class="visually-hidden"> ${card.title}</span></a></p>
</li>`;
})}
</ul>
${
  failed.length > 0
    ? html`<h2>Folders that do not load</h2>
<p>The bot does not serve these until they are fixed (<code>npm run kb:check -- &lt;folder&gt;</code> says the same).</p>
${failed.map((f) => html`<h3><code>${f.folder}</code></h3><pre class="report">${f.report}</pre>`)}`
    : ''
}`;
}
