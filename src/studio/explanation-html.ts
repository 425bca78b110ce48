import type { ExplainedEntry, Explanation, Gate } from '../answer/explanation.js';
import { type Html, html } from './html.js';

// engine.explain's Explanation -> the "Why this reply" panel of the Ask page: the deciding gate in a sentence, the
// scores against the bar, the chosen entry and the runners-up with the gates they failed, and the terms that weighed.
// Pure; the same object `ask --explain` prints (render/explanation-text.ts).

const GATE_LABELS: Record<Gate, string> = {
  missing_key: 'does not mention a key term',
  only_names_matched: 'only a name matched',
  lone_word: 'one word matched, none of the rest',
  unanchored: 'only everyday words matched',
  lacks_count: 'has no answer of the kind asked',
  lacks_date: 'dates nothing',
  lacks_name: 'names no person, place or law of the kind asked',
  metric_elsewhere: 'gives the metric for something else',
};

export type EntryLink = (entryId: string) => string | undefined;

export function renderExplanationHtml(e: Explanation, entryHref: EntryLink): Html {
  const score = (n: number | null) => (n === null ? '–' : n.toFixed(2));
  return html`<section class="explanation" aria-labelledby="why-heading">
  <h2 id="why-heading">Why this reply</h2>
  <p class="why">${e.why}</p>
  <dl class="scores">
    <div><dt>Decision</dt><dd>${e.decision} <span class="muted">(${e.deciding.replace(/_/g, ' ')})</span></dd></div>
    <div><dt>Confidence</dt><dd>${score(e.confidence)}</dd></div>
    <div><dt>Bar</dt><dd>${score(e.bar)}</dd></div>
    <div><dt>Threshold</dt><dd>${score(e.threshold)}</dd></div>
  </dl>
  ${e.chosen ? html`<h3>Chosen entry</h3>${entryList([e.chosen], entryHref)}` : ''}
  ${e.notStated ? html`<p>Not stated: detail <code>${e.notStated.id}</code>, asked by “${e.notStated.phrase}” (${e.notStated.scope === 'pack' ? 'pack-wide' : "the entry's"}).</p>` : ''}
  ${e.runnersUp.length > 0 ? html`<h3>${e.chosen ? 'Runners-up' : 'Entries considered'}</h3>${entryList(e.runnersUp, entryHref)}` : ''}
  ${e.terms.length > 0 ? termsTable(e) : ''}
  ${e.unknown.length > 0 ? html`<p>Words the briefing never uses: ${e.unknown.map((k, i) => html`${i > 0 ? ', ' : ''}“${k.surface}” <span class="muted">(${k.kind})</span>`)}</p>` : ''}
  ${e.corrections.length > 0 ? html`<p>Spelling read as: ${e.corrections.map((c, i) => html`${i > 0 ? ', ' : ''}${c.from} → ${c.to}`)}</p>` : ''}
</section>`;
}

function entryList(entries: ExplainedEntry[], entryHref: EntryLink): Html {
  return html`<ol class="entries-in-play">${entries.map((entry) => {
    const href = entryHref(entry.id.split('+')[0]);
    const failed = entry.failed.map((g) =>
      g === 'missing_key' && entry.missingKeys.length > 0
        ? `does not mention ${entry.missingKeys.map((k) => `“${k}”`).join(', ')}`
        : GATE_LABELS[g],
    );
    return html`<li><span class="score">${entry.score.toFixed(3)}</span> ${
      href ? html`<a href="${href}">${entry.id}</a>` : html`<code>${entry.id}</code>`
    } <span class="entry-question">${entry.question}</span> <span class="${failed.length > 0 ? 'gate-failed' : 'gate-passed'}">${
      failed.length > 0 ? `failed: ${failed.join('; ')}` : 'passes every gate'
    }</span></li>`;
  })}</ol>`;
}

function termsTable(e: Explanation): Html {
  return html`<h3>Terms that weighed</h3>
  <div class="table-scroll"><table class="terms">
    <caption class="visually-hidden">The question's terms, heaviest first</caption>
    <thead><tr><th scope="col">Term</th><th scope="col">As typed</th><th scope="col">Weight</th><th scope="col">Known</th><th scope="col">In chosen</th></tr></thead>
    <tbody>${e.terms.map(
      (t) =>
        html`<tr><td><code>${t.term}</code></td><td>${t.surface}${t.where === 'context' ? html` <span class="muted">(small talk)</span>` : ''}</td><td>${t.weight.toFixed(2)}</td><td>${t.known ? 'yes' : 'no'}</td><td>${t.inChosen === null ? '–' : t.inChosen ? 'yes' : 'no'}</td></tr>`,
    )}</tbody>
  </table></div>`;
}
