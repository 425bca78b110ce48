import type { Catalogue } from './catalogue.js';

// After start-up, builds each briefing's engine in turn, yielding to the event loop between them, so the bot answers
// from its first second while the rest get ready; a question for a briefing not yet warm builds that one at once.

export async function warmUp(catalogue: () => Catalogue, shouldStop: () => boolean = () => false): Promise<number> {
  let built = 0;
  for (;;) {
    if (shouldStop()) return built;
    const cold = catalogue().briefings.find((b) => !b.warm);
    if (!cold) return built;
    cold.engine();
    built += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
