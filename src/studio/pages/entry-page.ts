import type { QaEntry } from '../../knowledge/schema.js';
import { type ArticleParagraph, isQuoted } from '../article-sentences.js';
import type { EntryField, EntryFormValues, FieldProblems } from '../entry-form.js';
import { type Html, html } from '../html.js';

// One entry's form: question, alternates, answer and tags as text; citations kept by ticking them, added by ticking
// sentences of the article (so every quote is the article's own words). A refused save comes back here with the
// curator's text as typed, a summary of the problems at the top and each problem under its field.

export type EntryView = {
  briefing: { id: string; title: string };
  entry: QaEntry;
  values: EntryFormValues;
  paragraphs: readonly ArticleParagraph[];
  problems?: FieldProblems;
  /** Set when the save was refused for a reason outside the fields (file changed meanwhile, unparsable file). */
  refused?: string;
  saved?: 'saved' | 'approved';
  csrf: string;
  /** Fingerprint of qa.yaml when the form was made (see handlers/save-edit.ts). */
  version: string;
};

const LABELS: Record<EntryField, string> = {
  question: 'Question',
  alternates: 'Alternate phrasings',
  answer: 'Answer',
  tags: 'Tags',
  citations: 'Citations',
};

export function entryPage(view: EntryView): Html {
  const { briefing, entry, values } = view;
  const byField = view.problems?.byField ?? {};
  const other = view.problems?.other ?? [];
  const fieldsWithProblems = (Object.keys(byField) as EntryField[]).filter((f) => (byField[f] ?? []).length > 0);
  const invalid = (field: EntryField) => (byField[field] ?? []).length > 0;
  const described = (field: EntryField, hint?: string) => {
    const ids = [hint, invalid(field) ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return html`${ids ? html` aria-describedby="${ids}"` : ''}${invalid(field) ? html` aria-invalid="true"` : ''}`;
  };
  const errorFor = (field: EntryField) =>
    invalid(field)
      ? html`<ul class="field-error" id="${field}-error">${(byField[field] ?? []).map((m) => html`<li>${m}</li>`)}</ul>`
      : '';
  const action = `/briefings/${briefing.id}/entries/${entry.id}`;
  const hasProblems = fieldsWithProblems.length > 0 || other.length > 0 || view.refused !== undefined;

  return html`<p class="breadcrumb"><a href="/briefings/${briefing.id}">${briefing.title}</a></p>
<h1>Entry <code>${entry.id}</code>${entry.draft ? html` <span class="badge">draft</span>` : ''}</h1>
${view.saved ? html`<p class="notice" role="status">${view.saved === 'approved' ? 'Saved and approved.' : 'Saved.'} The bot picks the change up on its next reload. <a href="/ask?briefing=${briefing.id}&amp;q=${encodeURIComponent(entry.question)}">Ask it now</a></p>` : ''}
${
  hasProblems
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>Not saved: qa.yaml is unchanged</h2>
  ${view.refused ? html`<p>${view.refused}</p>` : ''}
  ${fieldsWithProblems.length > 0 ? html`<ul>${fieldsWithProblems.map((f) => html`<li><a href="#${f === 'citations' ? 'citations-legend' : f}">${LABELS[f]}: ${(byField[f] ?? [])[0]}</a></li>`)}</ul>` : ''}
  ${other.length > 0 ? html`<p>Elsewhere in the briefing:</p><ul>${other.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
</div>`
    : ''
}
<form method="post" action="${action}" class="entry-form" novalidate>
  <input type="hidden" name="csrf" value="${view.csrf}">
  <input type="hidden" name="version" value="${view.version}">
  <div class="field${invalid('question') ? ' has-error' : ''}">
    <label for="question">${LABELS.question}</label>
    <input id="question" name="question" type="text" value="${values.question}"${described('question')}>
    ${errorFor('question')}
  </div>
  <div class="field${invalid('alternates') ? ' has-error' : ''}">
    <label for="alternates">${LABELS.alternates}</label>
    <p class="hint" id="alternates-hint">One per line; at least 3. Other ways people ask the same question.</p>
    <textarea id="alternates" name="alternates" rows="6"${described('alternates', 'alternates-hint')}>${values.alternates}</textarea>
    ${errorFor('alternates')}
  </div>
  <div class="field${invalid('answer') ? ' has-error' : ''}">
    <label for="answer">${LABELS.answer}</label>
    <textarea id="answer" name="answer" rows="5"${described('answer')}>${values.answer}</textarea>
    ${errorFor('answer')}
  </div>
  <div class="field${invalid('tags') ? ' has-error' : ''}">
    <label for="tags">${LABELS.tags}</label>
    <p class="hint" id="tags-hint">Separated by commas; lowercase words and hyphens (kebab-case).</p>
    <input id="tags" name="tags" type="text" value="${values.tags}"${described('tags', 'tags-hint')}>
    ${errorFor('tags')}
  </div>
  <fieldset class="field citations${invalid('citations') ? ' has-error' : ''}"${described('citations')}>
    <legend id="citations-legend">${LABELS.citations}</legend>
    ${errorFor('citations')}
    ${entry.citations.length > 0 ? html`<p class="hint">Untick a citation to remove it.</p>` : ''}
    <ul class="plain">${entry.citations.map(
      (
        c,
        i,
      ) => html`<li><input type="checkbox" id="keep-${i}" name="keep" value="${i}"${values.keep.includes(i) ? ' checked' : ''}>
      <label for="keep-${i}">“${c.quote}” <span class="muted">(paragraph ${c.paragraph})</span></label></li>`,
    )}</ul>
    <details class="article-picker"${entry.citations.length === 0 || values.sentences.length > 0 ? ' open' : ''}>
      <summary>Add citations from the article</summary>
      <p class="hint" id="picker-hint">Tick sentences to quote them. Sentences next to each other in a paragraph become one quote. Sentences already quoted are marked “cited”.</p>
      <p class="picker-filter" hidden><label for="sentence-filter">Show only sentences containing</label> <input id="sentence-filter" type="search"></p>
      <p class="picked-count" role="status" aria-live="polite"></p>
      ${view.paragraphs.map(
        (p) => html`<fieldset class="paragraph" data-paragraph>
        <legend>Paragraph ${p.number}${view.paragraphs.some((q) => q.source !== p.source) ? ` (${p.source})` : ''}</legend>
        ${p.sentences.map((s) => {
          const quoted = isQuoted(s, entry.citations);
          return html`<div class="sentence" data-sentence><input type="checkbox" id="s-${s.id}" name="sentence" value="${s.id}"${values.sentences.includes(s.id) ? ' checked' : ''}>
          <label for="s-${s.id}">${s.text}${quoted ? html` <span class="badge">cited</span>` : ''}</label></div>`;
        })}
      </fieldset>`,
      )}
    </details>
  </fieldset>
  <div class="actions">
    <button type="submit" name="intent" value="save">Save</button>
    ${entry.draft ? html`<button type="submit" name="intent" value="approve">Save and approve</button>` : ''}
    <a href="/ask?briefing=${briefing.id}&amp;q=${encodeURIComponent(entry.question)}">Ask this question</a>
  </div>
</form>`;
}
