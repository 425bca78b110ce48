import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD } from '../src/answer/defaults.js';
import { createEngine } from '../src/answer/engine.js';
import { loadPack } from '../src/knowledge/load.js';
import { readAcceptSet, scoreAcceptSet } from '../tests/eval/score-accept.js';

// `npx tsx bench/score-set.ts <set.yaml> [--pack <dir>] [--misses]`: one pack's figures on a question set written
// from its article alone (see tests/eval/score-accept.ts): in-scope right and wrong, out-of-scope declined.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pack: { type: 'string' }, misses: { type: 'boolean' } },
});
if (positionals.length !== 1) {
  console.error('usage: npx tsx bench/score-set.ts <set.yaml> [--pack <dir>] [--misses]');
  process.exit(2);
}
const loaded = await loadPack(path.resolve(values.pack ?? 'knowledge/china-platforms-sea'));
if (!loaded.ok) {
  console.error(loaded.report);
  process.exit(1);
}
const engine = createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
const set = await readAcceptSet(positionals[0]);
const score = scoreAcceptSet(engine.answer, set);
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
console.log(
  `${set.article} ${set.set}: in-scope right ${score.right}/${score.inScope} (${pct(score.right, score.inScope)}), ` +
    `wrong ${score.wrong} (${pct(score.wrong, score.inScope)}); out-of-scope declined ${score.declined}/${score.outOfScope} ` +
    `(${pct(score.declined, score.outOfScope)})`,
);
if (values.misses)
  for (const item of score.items.filter((i) => i.outcome !== 'right' && i.outcome !== 'declined'))
    console.log(
      `  ${item.outcome} (${item.kind}) ${item.q}\n    -> ${item.reply.reason} ${item.reply.entryId ?? ''}: ${item.reply.answer.slice(0, 160)}`,
    );
