import { SIGNING_SECRET, startHarness } from '../tests/e2e/harness.js';
import { briefCommand, mentionEvent } from '../tests/e2e/payloads.js';
import { signedForm, signedJson } from '../tests/e2e/sign.js';

// Loopback numbers for the Slack front door: how fast /brief is acknowledged (Slack allows 3 s) and how many
// mention answers per second the app posts end to end (signed request in -> chat.postMessage out) against the
// fake Web API. Run: npx tsx bench/slack.ts

const ACK_SAMPLES = 300;
const ANSWERS = 1000;
const CONCURRENCY = 20;
const QUESTIONS = ['What is RedNote?', 'How big is TikTok Shop?', 'tiktok', 'gmv', 'what is the weather in Paris?'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (value: number) => `${value.toFixed(2)} ms`;

const h = await startHarness({ LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' });
try {
  // Warm-up: auth.test, JIT, first file writes.
  for (let i = 0; i < 20; i += 1)
    await h.send(signedJson(SIGNING_SECRET, mentionEvent(QUESTIONS[i % QUESTIONS.length])));
  await h.slack.waitFor('chat.postMessage', 20, 30_000);
  h.slack.reset();

  const acks: number[] = [];
  for (let i = 0; i < ACK_SAMPLES; i += 1) {
    const res = await h.send(
      signedForm(SIGNING_SECRET, briefCommand(QUESTIONS[i % QUESTIONS.length], h.slack.responseUrl())),
    );
    if (res.status !== 200) throw new Error(`/brief answered ${res.status}`);
    acks.push(res.ms);
  }
  await h.slack.waitFor('response_url', ACK_SAMPLES, 60_000);
  acks.sort((a, b) => a - b);
  console.log(
    `/brief ack (${ACK_SAMPLES} sequential): p50 ${ms(percentile(acks, 0.5))}, p95 ${ms(percentile(acks, 0.95))}, max ${ms(acks[acks.length - 1])}`,
  );

  h.slack.reset();
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < ANSWERS) {
      const i = next;
      next += 1;
      await h.send(signedJson(SIGNING_SECRET, mentionEvent(QUESTIONS[i % QUESTIONS.length])));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await h.slack.waitFor('chat.postMessage', ANSWERS, 120_000);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `mentions answered end to end: ${ANSWERS} in ${seconds.toFixed(2)} s = ${(ANSWERS / seconds).toFixed(0)} answers/s (${CONCURRENCY} concurrent senders, file store)`,
  );
} finally {
  await h.close();
}
