import type { Engine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import type { InboxItem } from './inbox.js';
import type { StudioBriefing } from './studio-briefings.js';

// For each question of the curator's list: which briefing it belongs to and the entries nearest it there, by the
// engine's own scores (engine.explain), so the one-click fixes offer the entries the matcher already leans towards.

export type NearEntry = { id: string; question: string; score: number; draft: boolean };

export type PlacedItem = InboxItem & {
  /** The briefing it is placed in: the one its records name, else the one whose best entry scores highest. */
  briefing: StudioBriefing | undefined;
  nearest: NearEntry[];
  /** What the bot replies now. */
  reply: Reply | undefined;
};

const NEAREST = 3;
/** Questions remembered per engine; an engine is replaced on reload, and its answers go with it. */
const REMEMBERED = 5000;
const explained = new WeakMap<Engine, Map<string, ReturnType<Engine['explain']>>>();

/** engine.explain, remembered: the same list is placed on every page load, and an engine's answers never change. */
function explainOnce(engine: Engine, question: string): ReturnType<Engine['explain']> {
  let known = explained.get(engine);
  if (!known) {
    known = new Map();
    explained.set(engine, known);
  }
  let result = known.get(question);
  if (!result) {
    result = engine.explain(question);
    if (known.size >= REMEMBERED) known.clear();
    known.set(question, result);
  }
  return result;
}

export function placeItems(items: readonly InboxItem[], briefings: readonly StudioBriefing[]): PlacedItem[] {
  return items.map((item) => {
    if (item.question === null) {
      const owner = briefings.find((b) => item.votedEntries.some((id) => b.pack.entries.some((e) => e.id === id)));
      return { ...item, briefing: owner ?? briefings[0], nearest: [], reply: undefined };
    }
    const named = item.pack ? briefings.filter((b) => b.id === item.pack) : [];
    const candidates = (named.length > 0 ? named : briefings).map((briefing) =>
      nearestIn(briefing, item.question ?? ''),
    );
    const best = candidates.reduce<(typeof candidates)[number] | undefined>(
      (top, c) => (top === undefined || (c.nearest[0]?.score ?? -1) > (top.nearest[0]?.score ?? -1) ? c : top),
      undefined,
    );
    return { ...item, briefing: best?.briefing, nearest: best?.nearest ?? [], reply: best?.reply };
  });
}

function nearestIn(briefing: StudioBriefing, question: string) {
  const { reply, explanation } = explainOnce(briefing.engine, question);
  const inPlay = [...(explanation.chosen ? [explanation.chosen] : []), ...explanation.runnersUp]
    .flatMap((entry) => entry.id.split('+').map((id) => ({ id, score: entry.score })))
    .filter((entry, i, all) => all.findIndex((e) => e.id === entry.id) === i)
    .slice(0, NEAREST);
  const nearest = inPlay.flatMap(({ id, score }) => {
    const entry = briefing.pack.entries.find((e) => e.id === id);
    return entry ? [{ id, question: entry.question, score, draft: entry.draft === true }] : [];
  });
  return { briefing, nearest, reply };
}
