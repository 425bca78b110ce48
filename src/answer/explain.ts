import type { Pack } from '../knowledge/schema.js';
import type { EntryIndex } from '../match/build-index.js';
import { isCapitalPlaceholder } from '../match/lexicon.js';
import { readMalay } from '../match/malay-words.js';
import { type Candidate, type Match, scoreQuestion } from '../match/score.js';
import { hedgeFrom, offTopicShare, offTopicWords, unknownKindsAbout } from './confidence.js';
import type { Trace } from './engine.js';
import type { Deciding, ExplainedEntry, ExplainedTerm, Explanation, Gate } from './explanation.js';
import { failedGates } from './gates.js';

// Trace -> Explanation: which gate decided, the scores of the entries in play, and the terms that weighed. Pure, so
// `ask --explain` and any later page show the same thing.

const RUNNERS_UP = 5;

export function explainTrace(pack: Pack, index: EntryIndex, trace: Trace, threshold: number): Explanation {
  const { reply } = trace;
  const readable = readableSurfaces(index);
  // A two-part answer scored each part on its own; the whole question's terms still show what it asked.
  const match: Match | undefined =
    trace.match ??
    (trace.path === 'two_part'
      ? scoreQuestion(
          index,
          readMalay(trace.question, (word) => index.vocabulary.has(word)),
        )
      : undefined);
  const decision = trace.decision;
  const chosenIndex =
    decision && decision.kind !== 'decline' && trace.path === 'decision'
      ? decision.chosen.entry
      : trace.path === 'introduction'
        ? pack.entries.findIndex((e) => e.id === reply.entryId)
        : -1;

  const entry = (c: Candidate): ExplainedEntry => ({
    id: pack.entries[c.entry].id,
    question: pack.entries[c.entry].question,
    score: round(c.score),
    failed: failedGates(c),
    missingKeys: c.missingKeys.map(readable),
  });
  let chosen: ExplainedEntry | null = null;
  if (chosenIndex >= 0 && decision && decision.kind !== 'decline') chosen = entry(decision.chosen);
  else if ((trace.path === 'two_part' || trace.path === 'introduction') && reply.entryId) {
    const question = reply.entryId
      .split('+')
      .map((id) => pack.entries.find((e) => e.id === id)?.question ?? id)
      .join(' / ');
    chosen = { id: reply.entryId, question, score: reply.confidence, failed: [], missingKeys: [] };
  }
  const chosenIds = new Set(chosen?.id.split('+') ?? []);
  const runnersUp = (match?.candidates ?? [])
    .filter((c) => !chosenIds.has(pack.entries[c.entry].id))
    .slice(0, RUNNERS_UP)
    .map(entry);

  const chosenTerms = chosenIndex >= 0 ? index.entryTerms[chosenIndex] : undefined;
  const terms: ExplainedTerm[] = (match?.terms ?? [])
    .map((t) => ({
      term: t.term,
      surface: readable(t.surface),
      kind: t.kind,
      weight: round(t.weight),
      known: t.known,
      where: t.context ? ('context' as const) : ('asking' as const),
      inChosen: chosenTerms ? chosenTerms.has(t.term) : null,
    }))
    .sort((a, b) => b.weight - a.weight);

  const deciding = decidingOf(trace, match);
  const bar = decision?.bar ?? null;
  return {
    decision: reply.reason === 'hedged' ? 'hedged' : reply.answered ? 'answered' : 'declined',
    reason: reply.reason,
    deciding,
    why: sentence(deciding, { pack, trace, match, chosen, runnersUp, bar, threshold }),
    threshold,
    bar: bar === null ? null : round(bar),
    confidence: reply.confidence,
    chosen,
    runnersUp,
    terms,
    unknown: (match?.unknownKeys ?? []).map((k) => ({ ...k, surface: readable(k.surface), weight: round(k.weight) })),
    corrections: match?.corrections ?? [],
    odds:
      trace.path === 'decision' && decision?.odds
        ? {
            chance: round(decision.odds.chance),
            features: Object.fromEntries(Object.entries(decision.odds.features).map(([k, v]) => [k, round(v)])),
          }
        : null,
    notStated: trace.asked ? { id: trace.asked.detail.id, phrase: trace.asked.phrase, scope: trace.asked.scope } : null,
  };
}

/**
 * A capital-only alias ("US") reaches the matcher as a placeholder word (see lexicon.ts); a person reads the alias.
 */
function readableSurfaces(index: EntryIndex): (surface: string) => string {
  const aliases = new Map(index.lexicon.capitalOnly.map((c) => [c.placeholder, c.term]));
  return (surface) => (isCapitalPlaceholder(surface) ? (aliases.get(surface) ?? surface) : surface);
}

function decidingOf(trace: Trace, match: Match | undefined): Deciding {
  if (trace.path === 'too_long' || trace.path === 'empty') return trace.path;
  if (trace.path === 'figures') return 'figures';
  if (trace.path === 'article_scope') return 'article_scope';
  if (trace.path === 'introduction') return 'introduction';
  if (trace.path === 'two_part') return 'two_part';
  if (trace.path === 'not_stated') return 'not_stated';
  const decision = trace.decision;
  if (!decision || !match) return 'no_known_terms';
  if (decision.kind !== 'decline')
    return decision.why === 'confident' ? 'confident' : decision.why === 'tied' ? 'tied' : 'hedge_band';
  if (match.chitChat) return 'chit_chat';
  if (decision.why === 'no_candidates') return 'no_known_terms';
  if (decision.why === 'no_eligible') return 'gates';
  if (decision.why === 'about_unknown') return 'unknown_name';
  if (decision.why === 'off_topic') return 'off_topic';
  return 'below_threshold';
}

type SentenceInput = {
  pack: Pack;
  trace: Trace;
  match: Match | undefined;
  chosen: ExplainedEntry | null;
  runnersUp: ExplainedEntry[];
  bar: number | null;
  threshold: number;
};

const GATE_WORDS: Record<Gate, string> = {
  missing_key: 'does not mention',
  only_names_matched: 'matches only a name',
  lone_word: 'shares one word with the question, and none of its other words',
  unanchored: 'matches only everyday words',
  lacks_count: 'has no answer of the kind asked',
  lacks_date: 'dates nothing',
  lacks_name: 'names no person, place or law of the kind asked',
  metric_elsewhere: 'gives that metric for something else',
};

function sentence(deciding: Deciding, input: SentenceInput): string {
  const { pack, trace, match, chosen, runnersUp, bar, threshold } = input;
  const f = (n: number) => n.toFixed(2);
  const best = runnersUp[0];
  const measure = trace.decision?.measure ?? 'score';
  // A drafted entry is judged by the odds that it is right, which its score is one part of.
  const measured = (said: 'score' | 'scored') => {
    const score = chosen?.score ?? runnersUp.find((r) => r.failed.length === 0)?.score ?? 0;
    return measure === 'odds'
      ? `${said} ${f(score)}, which for a drafted sentence gives odds of ${f(trace.decision?.odds?.chance ?? 0)} that it is right`
      : `${said} ${f(trace.decision?.confidence ?? score)}`;
  };
  switch (deciding) {
    case 'too_long':
      return 'Declined: the question is longer than the engine reads.';
    case 'empty':
      return 'Declined: there is nothing to ask (no letters or digits).';
    case 'figures':
      return "Answered with the briefing's figures: the question asks for the figures as a whole, which no entry holds.";
    case 'article_scope':
      return "Answered with the article's summary: the question asks what the article as a whole is about, not what it says about the topic it names.";
    case 'introduction':
      return `Answered with "${chosen?.id}", the first drafted sentence naming who the question asks about: no entry answered, and an article says who someone is where it first names them.`;
    case 'two_part':
      return chosen?.id.includes('+')
        ? `Answered a two-part question with one entry per part: ${chosen.id.replace('+', ' + ')}.`
        : `Answered a two-part question with "${chosen?.id}", which answers both parts.`;
    case 'not_stated': {
      const asked = trace.asked;
      if (!asked) return 'Not stated.';
      const matched = trace.decision?.kind === 'decline' ? undefined : trace.decision?.chosen.entry;
      const where =
        asked.scope === 'pack' || matched === undefined
          ? 'a pack-wide detail'
          : `a detail the matched entry "${pack.entries[matched].id}" lists`;
      return `Not stated: the asking sentence contains "${asked.phrase}", which asks for "${asked.detail.id}", ${where}.`;
    }
    case 'confident':
      return `Answered with "${chosen?.id}": ${measured('score')}, above the bar ${f(bar ?? threshold)} and the hedge band (${f(hedgeFrom(measure, threshold))}).`;
    case 'hedge_band':
      return `Hedged: "${chosen?.id}" ${measured('scored')}, above the bar ${f(bar ?? threshold)} but below ${f(hedgeFrom(measure, threshold))}, so similar entries are offered.`;
    case 'tied':
      return `Hedged: "${chosen?.id}" (${f(chosen?.score ?? 0)}) is nearly tied with "${runnersUp.find((r) => r.failed.length === 0)?.id}", which is offered too.`;
    case 'chit_chat':
      return 'Declined: small talk or a request for other work, which no entry answers.';
    case 'no_known_terms':
      return 'Declined: no entry shares a term with the question.';
    case 'gates': {
      const reasons = best?.failed.map((g) =>
        g === 'missing_key' ? `${GATE_WORDS[g]} ${best.missingKeys.map((k) => `"${k}"`).join(', ')}` : GATE_WORDS[g],
      );
      return `Declined: every entry in play failed a gate; the best, "${best?.id}" (${f(best?.score ?? 0)}), ${reasons?.join(' and ')}.`;
    }
    case 'unknown_name': {
      const kinds = match ? unknownKindsAbout(match) : [];
      const words = (match?.unknownKeys ?? []).filter((k) => kinds.includes(k.kind)).map((k) => `"${k.surface}"`);
      return `Declined: the question is about ${words.join(', ')}, which the briefing never mentions, so confidence is capped below the bar.`;
    }
    case 'off_topic': {
      const words = match ? offTopicWords(match) : [];
      const share = match ? offTopicShare(match) : 0;
      const best = runnersUp.find((r) => r.failed.length === 0);
      return `Declined: ${Math.round(share * 100)}% of the question's weight is words the briefing never uses (${words.map((w) => `"${w}"`).join(', ')}) and the best entry, "${best?.id}" (${f(best?.score ?? 0)}), does not match it strongly, so it is about something else.`;
    }
    case 'below_threshold':
      return `Declined: the best entry that passes every gate, "${runnersUp.find((r) => r.failed.length === 0)?.id}", ${measured('scored')}, below the bar ${f(bar ?? threshold)}.`;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
