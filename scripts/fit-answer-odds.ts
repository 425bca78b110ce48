import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ODDS_FEATURES, type OddsFeature, type OddsWeights } from '../src/answer/answer-odds.js';
import { ANSWER_ODDS } from '../src/answer/answer-odds-weights.js';
import { isRight } from '../tests/eval/score-accept.js';
import { engineForArticle, readArticleSets } from '../tests/eval/score-articles.js';

// Fits the odds that a drafted entry is the right answer (src/answer/answer-odds.ts) to question sets written from
// real articles: `npm run fit:odds -- --pages <dir> [--sets <dir>]...`. Each article is drafted by kb:new's code from
// <pages>/<article>/source.html, every question is asked with every drafted entry that passes the gates answered, and
// a logistic model learns from what the model reads which of those answers were right (an out-of-scope question's
// answer never is). Writes src/answer/answer-odds-weights.ts (or --out); the cut stays as it is unless --cut is given.

const USAGE =
  'usage: npm run fit:odds -- --pages <dir> [--sets <dir>]... [--foreign <per set, 15>] [--cut <odds>] [--out <file>]';
const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    sets: { type: 'string', multiple: true },
    cut: { type: 'string' },
    foreign: { type: 'string', default: '15' },
    out: { type: 'string', default: 'src/answer/answer-odds-weights.ts' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.pages) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
/** L2 penalty and steps of gradient descent: enough to converge on a few thousand questions, from zero weights. */
const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;
/** Far below any odds, so every drafted entry that passes the gates is answered with and its odds read. */
const ANSWER_ALL = -10;

const rows: { features: Record<OddsFeature, number>; right: boolean }[] = [];
const work = await mkdtemp(path.join(tmpdir(), 'fit-odds-'));
try {
  const sets = (
    await Promise.all((values.sets ?? ['tests/eval/articles', 'tests/eval/more-articles']).map(readArticleSets))
  ).flat();
  const everyQuestion = sets.flatMap((set) =>
    [...set.in_scope, ...set.out_of_scope].map((item) => ({ article: set.article, q: item.q })),
  );
  const pick = sampler(20_261_205);
  for (const set of sets) {
    const page = path.join(values.pages, set.article, 'source.html');
    // The first briefing is curated: its entries are judged by their score, not by odds.
    if (!existsSync(page)) continue;
    const engine = await engineForArticle({ page }, work, ANSWER_ALL);
    // Questions written for other articles, which a briefing served beside them must decline (issue 12): a near miss
    // on words two articles share is the answer the odds most need to doubt.
    const foreign = Array.from({ length: Number(values.foreign) }, () => everyQuestion[pick(everyQuestion.length)])
      .filter((item) => item.article !== set.article)
      .map((item) => ({ q: item.q, accept: undefined }));
    const asked = [...set.in_scope, ...set.out_of_scope.map((item) => ({ ...item, accept: undefined })), ...foreign];
    for (const item of asked) {
      const { reply, explanation } = engine.explain(item.q);
      if (!explanation.odds || !reply.answered) continue;
      const right = item.accept !== undefined && isRight(reply, item.accept);
      rows.push({ features: explanation.odds.features as Record<OddsFeature, number>, right });
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
if (rows.length === 0) {
  console.error(`no drafted answers to learn from: are the pages in ${values.pages}?\n${USAGE}`);
  process.exit(1);
}

const weights = fitLogistic(rows);
const file = path.resolve(values.out);
await writeFile(file, moduleText(weights, rows.length, rows.filter((r) => r.right).length));
console.log(`${rows.length} answers, ${rows.filter((r) => r.right).length} right: wrote ${file}`);

/** Logistic regression on standardised features, by gradient descent with an L2 penalty (not on the bias). */
function fitLogistic(data: typeof rows): OddsWeights {
  const n = data.length;
  const stats = ODDS_FEATURES.map((name) => {
    const xs = data.map((r) => r.features[name]);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const spread = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    return { mean, scale: spread > 1e-9 ? spread : 1 };
  });
  const x = data.map((r) => ODDS_FEATURES.map((name, j) => (r.features[name] - stats[j].mean) / stats[j].scale));
  const y = data.map((r) => (r.right ? 1 : 0));
  const w = ODDS_FEATURES.map(() => 0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map(() => 0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(bias + x[i].reduce((s, v, j) => s + v * w[j], 0))));
      const error = p - y[i];
      for (let j = 0; j < w.length; j++) grad[j] += error * x[i][j];
      gradBias += error;
    }
    for (let j = 0; j < w.length; j++) w[j] -= RATE * (grad[j] / n + L2 * w[j]);
    bias -= (RATE * gradBias) / n;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    cut: values.cut === undefined ? ANSWER_ODDS.cut : Number(values.cut),
    bias: round(bias),
    features: Object.fromEntries(
      ODDS_FEATURES.map((name, j) => [
        name,
        { mean: round(stats[j].mean), scale: round(stats[j].scale), weight: round(w[j]) },
      ]),
    ) as OddsWeights['features'],
  };
}

/** The weights as a TypeScript module, laid out as the formatter lays it out, one feature a line. */
function moduleText(weights: OddsWeights, answers: number, right: number): string {
  const features = ODDS_FEATURES.map((name) => {
    const { mean, scale, weight } = weights.features[name];
    return `    ${name}: { mean: ${mean}, scale: ${scale}, weight: ${weight} },`;
  });
  return [
    `// Written by \`npm run fit:odds\` (scripts/fit-answer-odds.ts) from ${answers} drafted answers, ${right} of them right.`,
    '// Do not edit by hand: fit again.',
    '',
    'export const ANSWER_ODDS = {',
    `  cut: ${weights.cut},`,
    `  bias: ${weights.bias},`,
    '  features: {',
    ...features,
    '  },',
    '};',
    '',
  ].join('\n');
}

/** A seeded generator of indices below n, so a fit is the same every time it runs on the same sets. */
function sampler(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
}
