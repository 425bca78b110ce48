import { parseArgs } from 'node:util';
import { SIGNING_SECRET, startHarness } from '../tests/e2e/harness.js';
import { briefCommand, mentionEvent } from '../tests/e2e/payloads.js';
import { signedForm, signedJson } from '../tests/e2e/sign.js';
import { percentile } from './engine.js';
import { seeded, WORST_CASE_SHAPES } from './worst-case-inputs.js';

// How long Slack waits for an ack (it allows 3 s) while the bot is answering slow questions: the real app on
// loopback, against the fake Web API. Each round sends ten 2,000-character questions of the slowest shapes (issue 15:
// they pushed ordinary acks from 30 ms to 0.9-1.4 s median, 2.0-2.5 s max) and, while they are being answered, a
// /brief help every 20 ms, timing each ack. Goal: acks as fast as with no slow questions about.
// Run alone: npx tsx bench/ack-latency.ts [--json]

export type AckLatency = { quietP50Ms: number; busyP50Ms: number; busyMaxMs: number; acks: number };

const ROUNDS = 5;
const SLOW_PER_ROUND = 10;
const QUESTION_LENGTH = 2000;
const SLOW_SHAPES = ['hyphenated run', 'random 3-letter words', 'short questions', 'random 5-letter words'];

export async function benchAckLatency(): Promise<AckLatency> {
  const h = await startHarness({ LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' });
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const ackOnce = async () => {
    const res = await h.send(signedForm(SIGNING_SECRET, briefCommand('help', h.slack.responseUrl())));
    if (res.status !== 200) throw new Error(`/brief answered ${res.status}`);
    return res.ms;
  };
  try {
    const quiet: number[] = [];
    for (let i = 0; i < 40; i++) quiet.push(await ackOnce());
    const busy: number[] = [];
    const random = seeded(15);
    for (let r = 0; r < ROUNDS; r++) {
      h.slack.reset();
      const slow = Array.from({ length: SLOW_PER_ROUND }, (_, i) => {
        const shape = WORST_CASE_SHAPES.find((s) => s.name === SLOW_SHAPES[i % SLOW_SHAPES.length]);
        return shape?.make(random, QUESTION_LENGTH) ?? '';
      });
      await Promise.all(slow.map((q) => h.send(signedJson(SIGNING_SECRET, mentionEvent(q)))));
      // Acks while the ten are answered (until all ten answers are posted).
      let answered = false;
      const done = h.slack.waitFor('chat.postMessage', SLOW_PER_ROUND, 60_000).then(() => {
        answered = true;
      });
      do {
        busy.push(await ackOnce());
        await new Promise((resolve) => setTimeout(resolve, 20));
      } while (!answered);
      await done;
    }
    quiet.sort((a, b) => a - b);
    busy.sort((a, b) => a - b);
    return {
      quietP50Ms: round(percentile(quiet, 50)),
      busyP50Ms: round(percentile(busy, 50)),
      busyMaxMs: round(busy[busy.length - 1]),
      acks: busy.length,
    };
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const result = await benchAckLatency();
  if (values.json) console.log(JSON.stringify(result));
  else
    console.log(
      `/brief ack: p50 ${result.quietP50Ms} ms quiet; p50 ${result.busyP50Ms} ms, max ${result.busyMaxMs} ms while ten ${QUESTION_LENGTH}-character slow questions are answered (${result.acks} acks, ${ROUNDS} rounds)`,
    );
}
