import { measureLoad } from './measure-load.js';

// One cold load in a fresh process, printed as JSON. bench/run.ts runs it with tsx's transform cache off to show
// what a machine's first start costs.

console.log(JSON.stringify((await measureLoad()).times));
