import type { ExplainedEntry, Explanation, Gate } from '../answer/explanation.js';

// Explanation -> plain text for `ask --explain`: the decision and the gate that made it, the entries in play with
// their scores and failed gates, and the terms that weighed.

const GATE_LABELS: Record<Gate, string> = {
  missing_key: 'missing key',
  only_names_matched: 'only names matched',
  lone_word: 'one word matched, none of the rest',
  unanchored: 'unanchored',
  lacks_count: 'lacks the kind of answer asked',
  lacks_date: 'lacks date',
  lacks_name: 'lacks name',
  metric_elsewhere: 'metric elsewhere',
};

export function renderExplanationText(explanation: Explanation): string {
  const e = explanation;
  const lines = [
    `Why: ${e.why}`,
    `Decision: ${e.decision} (${e.deciding.replace(/_/g, ' ')}), confidence ${e.confidence.toFixed(2)}, ` +
      `bar ${e.bar === null ? '-' : e.bar.toFixed(2)}, threshold ${e.threshold.toFixed(2)}`,
  ];
  if (e.chosen) lines.push(`Chosen: ${entryLine(e.chosen)}`);
  if (e.notStated) lines.push(`Not stated: ${e.notStated.id}, asked by "${e.notStated.phrase}" (${e.notStated.scope})`);
  if (e.runnersUp.length > 0) {
    lines.push(e.chosen ? 'Runners-up:' : 'Entries considered:');
    for (const entry of e.runnersUp) lines.push(`  ${entryLine(entry)}`);
  }
  if (e.terms.length > 0) {
    lines.push('Terms (weight, known to the pack, where, in the chosen entry):');
    for (const t of e.terms) {
      const inChosen = t.inChosen === null ? '' : t.inChosen ? '  in chosen' : '  not in chosen';
      const surface = t.surface === t.term ? '' : ` "${t.surface}"`;
      lines.push(
        `  ${t.term}${surface}  ${t.weight.toFixed(2)}  ${t.known ? 'known' : 'unknown'}  ${t.where}${inChosen}`,
      );
    }
  }
  if (e.unknown.length > 0)
    lines.push(`Unknown: ${e.unknown.map((k) => `"${k.surface}" (${k.kind}, ${k.weight.toFixed(2)})`).join(', ')}`);
  if (e.corrections.length > 0) lines.push(`Spelling: ${e.corrections.map((c) => `${c.from} -> ${c.to}`).join(', ')}`);
  return lines.join('\n');
}

function entryLine(entry: ExplainedEntry): string {
  const failed = entry.failed.map((g) =>
    g === 'missing_key' ? `${GATE_LABELS[g]} (${entry.missingKeys.map((k) => `"${k}"`).join(', ')})` : GATE_LABELS[g],
  );
  return `${entry.id}  ${entry.score.toFixed(3)}  ${failed.length > 0 ? `failed: ${failed.join(', ')}` : 'passes every gate'}`;
}
