import { readWordData } from '../match/word-data.js';
import type { Briefing } from './briefing.js';
import type { Catalogue } from './catalogue.js';

// After start-up, builds each briefing's engine in turn, yielding to the event loop between them, so the bot answers
// from its first second while the rest get ready; a question for a briefing not yet warm builds that one at once.
// A briefing loaded without its phrasing checks runs them as its engine is built: one that fails is handed to
// `onFailed` (to report it and take it down) and answers nothing meanwhile. Then it reads the matcher's word data.

export async function warmUp(
  catalogue: () => Catalogue,
  shouldStop: () => boolean = () => false,
  onFailed: (briefing: Briefing) => Promise<void> | void = () => undefined,
): Promise<number> {
  let built = 0;
  const reported = new Set<Briefing>();
  for (;;) {
    if (shouldStop()) return built;
    // One whose first use (a question, before warm-up reached it) found it failing is reported too.
    for (const briefing of catalogue().briefings)
      if (briefing.failed && !reported.has(briefing)) {
        reported.add(briefing);
        await onFailed(briefing);
      }
    const cold = catalogue().briefings.find((b) => !b.warm);
    if (!cold) {
      // Last, so no briefing waits for it: the word data the first odd question would otherwise read then.
      readWordData();
      return built;
    }
    cold.engine();
    built += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
