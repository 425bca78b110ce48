import { readEvalSet } from '../tests/eval/score-eval.js';
import { benchBriefings } from './briefings.js';

// `tsx bench/briefings-start.ts`: 100 briefings served together, measured in a process of their own (JSON on stdout).
// A bot starts in a fresh process; measured after the other benchmarks, the start also paid for their garbage.

const evalSet = await readEvalSet();
const questions = [...evalSet.in_scope.map((q) => q.q), ...evalSet.out_of_scope.map((q) => q.q)];
console.log(JSON.stringify(await benchBriefings(questions, 100)));
