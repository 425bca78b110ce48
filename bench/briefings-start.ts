import { readEvalQuestions } from '../tests/eval/score-eval.js';
import { benchBriefings } from './briefings.js';

// `tsx bench/briefings-start.ts`: 100 briefings served together, measured in a process of their own (JSON on stdout),
// as a bot starts. bench/run.ts runs it before its heavy benchmarks (see there for why).

console.log(JSON.stringify(await benchBriefings(await readEvalQuestions(), 100)));
