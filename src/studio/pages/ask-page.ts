import { type Html, html } from '../html.js';

// Ask: a question in, the reply as Slack shows it (from the bot's own blocks) beside why the engine chose it. Asking
// here is a GET and records nothing: a curator's test questions are not colleagues' questions.

export type ChartPreview = { src: string; alt: string; title: string };

export type AskResult = {
  message: Html;
  chart: ChartPreview | null;
  explanation: Html;
};

export type AskView = {
  briefings: readonly { id: string; title: string }[];
  selected: string | undefined;
  question: string;
  result?: AskResult;
  /** After a one-click fix: what was written, above the new reply. */
  notice?: string;
  /** Shown instead of a result when the question cannot be asked (no such briefing). */
  problem?: string;
};

export function askPage(view: AskView): Html {
  return html`<h1>Ask</h1>
${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
<form method="get" action="/ask" class="ask-form">
  ${
    view.briefings.length > 1
      ? html`<div class="field"><label for="briefing">Briefing</label>
  <select id="briefing" name="briefing">${view.briefings.map(
    (b) => html`<option value="${b.id}"${b.id === view.selected ? ' selected' : ''}>${b.title}</option>`,
  )}</select></div>`
      : html`<input type="hidden" name="briefing" value="${view.briefings[0]?.id ?? ''}">`
  }
  <div class="field"><label for="q">Question</label>
  <input id="q" name="q" type="text" value="${view.question}" autocomplete="off"></div>
  <button type="submit">Ask</button>
</form>
${view.problem ? html`<p class="field-error" role="alert">${view.problem}</p>` : ''}
${
  view.result
    ? html`<div class="ask-result">
  <section class="slack-preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">As Slack shows it</h2>
    <div class="slack-message">
      <p class="slack-author" aria-hidden="true"><span class="slack-avatar">BB</span> <strong>Briefing Bot</strong> <span class="slack-app">APP</span></p>
      ${view.result.message}
    </div>
    ${
      view.result.chart
        ? html`<h3>In the answer's thread</h3>
    <figure class="slack-chart"><img src="${view.result.chart.src}" alt="${view.result.chart.alt}"><figcaption>${view.result.chart.title}</figcaption></figure>`
        : ''
    }
  </section>
  ${view.result.explanation}
</div>`
    : ''
}`;
}
