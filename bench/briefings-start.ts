import { parseArgs } from 'node:util';
import { createPackReadCache } from '../src/briefings/pack-read-cache.js';
import { readEvalQuestions } from '../tests/eval/score-eval.js';
import { benchBriefings } from './briefings.js';

// `tsx bench/briefings-start.ts [--packs <dir>] [--cache <dir>]`: 100 briefings served together, measured in a process
// of their own (JSON on stdout), as a bot starts. bench/run.ts runs it before its heavy benchmarks (see there for why),
// twice on the same folders and cache: a first start with nothing cached, then a restart.

const { values } = parseArgs({ options: { packs: { type: 'string' }, cache: { type: 'string' } } });
const cache = values.cache ? createPackReadCache(values.cache) : undefined;
console.log(JSON.stringify(await benchBriefings(await readEvalQuestions(), 100, { packsDir: values.packs, cache })));
