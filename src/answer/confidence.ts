import { CHAT_WORDS } from '../match/chat-words.js';
import type { Candidate, Match } from '../match/score.js';
import { answerOdds, type OddsReading, unknownShare } from './answer-odds.js';
import { ANSWER_ODDS } from './answer-odds-weights.js';
import { DEFAULT_THRESHOLD } from './defaults.js';
import { failedGates, passesGatesButLoneWord } from './gates.js';

// Answer, hedge or decline. A wrong answer costs more than "I don't know": a candidate that lacks one of the
// question's key terms (a name, number or domain concept) is never answered with, however high it scores.

export type Decision =
  | {
      kind: 'answer' | 'hedge';
      chosen: Candidate;
      confidence: number;
      alternatives: Candidate[];
      /** Why (for ask --explain): clearly above the bar, in the hedge band, or tied with the next entry. */
      why: 'confident' | 'middling' | 'tied';
      /** The confidence the chosen entry had to reach (the threshold, lower for a long question with a clear lead). */
      bar: number;
      /**
       * What had to reach the bar: the entry's score, or for a drafted entry the odds that it is right. The confidence
       * is the score either way, so briefings compare on one scale when several are served (route-question.ts).
       */
      measure: Measure;
      odds?: OddsReading;
    }
  | {
      kind: 'decline';
      confidence: number;
      nearby: Candidate[];
      /**
       * Why: no entry shares a term with the question, none passes the gates (see Candidate), the question is about
       * something the pack does not know (a name, metric or number; or, off topic, many words it never uses), or the
       * best entry scores below the bar.
       */
      why: 'no_candidates' | 'no_eligible' | 'about_unknown' | 'off_topic' | 'below_bar';
      bar?: number;
      measure?: Measure;
      odds?: OddsReading;
    };

export type Measure = 'score' | 'odds';

/** Above threshold + HEDGE_BAND the answer stands alone; between the two it comes with "did you mean". */
export const HEDGE_BAND = 0.12;
/** Two eligible entries closer than this are a toss-up: answer the first, offer the second. */
const TIE_MARGIN = 0.04;
/** Confidence cap for a question about something the pack does not know (below any sane threshold). */
const UNKNOWN_KEY_CAP = 0.2;
/**
 * How much of a question may be unknown names or metrics before it counts as being about them. A year or amount the pack
 * never mentions always counts; a name in a long question full of context ("we sell in Vietnam...") may not.
 */
const UNKNOWN_SHARE_LIMIT = { number: 0, metric: 0.08, name: 0.15 } as const;

/** True when the question's unknown words are what it is really about (another company, metric, year or amount). */
export function isAboutUnknown(match: Match): boolean {
  return unknownKindsAbout(match).length > 0;
}

/** The kinds of unknown word (name, metric, number) that make up enough of the question to be what it is about. */
export function unknownKindsAbout(match: Match): Array<'number' | 'metric' | 'name'> {
  if (match.totalWeight === 0) return [];
  return (['number', 'metric', 'name'] as const).filter(
    (kind) => unknownShare(match, kind) > UNKNOWN_SHARE_LIMIT[kind],
  );
}

/**
 * A question a good share of whose weight is words the pack never uses, everyday words included, is about something
 * else, whatever shared word matched ("what's the score of the yankees game" -> an entry on a game; "how much is the
 * valve index"). Unless the match is strong it is declined. Measured over 2,187 questions written for other articles,
 * the first pack answered 410 before and 202 after, and lost none of the 477 its own sets got right; drafted packs
 * on their own sets: right 53% -> 51%, wrong 14% -> 13%, declined 80% -> 84% (a drafted entry is worded only as
 * the article is, so a question about it uses more words it lacks: a lower share cost them more). The share leaves
 * the question words out (below): 193 -> 172 of those questions answered, drafted more-articles sets declined 78.4%
 * -> 79.3%; 0.34 with them left out answered 223.
 */
const OFF_TOPIC_SHARE = 0.3;
const OFF_TOPIC_BELOW = 0.7;

/**
 * The question's words the pack never uses, but for a word that only asks for a kind of answer ("paying") and the chat
 * around the question ("before standup", "dumb q"), which is never what it is about.
 */
function unknownTerms(match: Match) {
  return match.terms.filter((t) => !t.known && !t.asksKind && t.weight > 0 && !CHAT_WORDS.has(t.surface));
}

/** How much of the question's weight is words the pack never uses. */
export function offTopicShare(match: Match): number {
  // "who", "why", "when" say what kind of answer is wanted, not what the question is about: "who won the nba
  // finals" is two-thirds about things the briefing never mentions, whatever question word asks it.
  const topic = match.terms.filter((t) => t.kind !== 'intent').reduce((sum, t) => sum + t.weight, 0);
  if (topic === 0) return 0;
  return unknownTerms(match).reduce((sum, t) => sum + t.weight, 0) / topic;
}

/** The weightier of those words, heaviest first, to name in a reply. */
export function offTopicWords(match: Match): string[] {
  // Light words ("best", "near") and the small talk around the asking sentence are not what the question is about.
  return unknownTerms(match)
    .filter((t) => t.weight >= 0.5)
    .sort((a, b) => b.weight - a.weight)
    .map((t) => t.surface);
}

function isOffTopic(share: number, chosen: Candidate): boolean {
  return chosen.score < OFF_TOPIC_BELOW && share > OFF_TOPIC_SHARE;
}

/**
 * A long question spreads its weight over many words, so even the right entry covers a smaller share of it:
 * from LONG_FROM topic terms on, the bar drops by up to LONG_RELIEF (reached at LONG_FULL terms), but only for
 * an entry that clearly leads the next one, since a long question's score says less on its own.
 */
const LONG_FROM = 6;
const LONG_FULL = 12;
const LONG_RELIEF = 0.12;
const LONG_LEAD = 0.08;

function barFor(match: Match, threshold: number, chosen: Candidate, runnerUp: Candidate | undefined): number {
  const topicTerms = match.terms.filter((t) => t.kind !== 'intent').length;
  const share = Math.min(1, Math.max(0, (topicTerms - LONG_FROM + 1) / (LONG_FULL - LONG_FROM + 1)));
  const leads = chosen.score - (runnerUp?.score ?? 0) >= LONG_LEAD;
  return leads ? threshold - LONG_RELIEF * share : threshold;
}

/**
 * "How much was the TikTok US deal worth?": the entries about the deal give no amount, so they fail the amount gate,
 * and the first entry that passes (the TikTok overview, with its GMV) is a weaker match that only has some amount.
 * When the best match failed only for lacking the kind of answer asked and the first that passes trails it by more
 * than this, that is the adjacent figure, not the answer: the question is declined.
 */
const KIND_GAP = 0.12;

function lacksOnlyTheKind(top: Candidate, chosen: Candidate): boolean {
  // The summary quotes the lead, not its figures: "how many people did cpd arrest" is the lead sentence's to answer.
  if (top.summary) return false;
  const failed = failedGates(top);
  const onlyKind = failed.length > 0 && failed.every((gate) => gate === 'lacks_count' || gate === 'lacks_date');
  return onlyKind && chosen.score < top.score - KIND_GAP;
}

/**
 * The odds a drafted entry must reach: the fitted cut at the default threshold, moved as far as ANSWER_THRESHOLD moves
 * the threshold, so one setting makes the bot answer more or less readily for every pack.
 */
export function oddsBar(threshold: number): number {
  return ANSWER_ODDS.cut + (threshold - DEFAULT_THRESHOLD);
}

/** The confidence from which an answer stands alone, without "did you mean". */
export function hedgeFrom(measure: Measure, threshold: number): number {
  return (measure === 'odds' ? oddsBar(threshold) : threshold) + HEDGE_BAND;
}

export function decide(match: Match, threshold: number): Decision {
  const top = match.candidates[0];
  if (!top) return { kind: 'decline', confidence: 0, nearby: [], why: 'no_candidates' };
  const passing = match.candidates.filter(passesGatesButLoneWord);
  const declineGated = (): Decision => ({
    kind: 'decline',
    confidence: Math.min(top.score, UNKNOWN_KEY_CAP),
    nearby: match.candidates,
    why: 'no_eligible',
  });
  if (passing.length === 0 || lacksOnlyTheKind(top, passing[0])) return declineGated();

  const aboutUnknown = isAboutUnknown(match);
  // The same for every entry judged: found once.
  const offShare = offTopicShare(match);
  /** The confidence, the score or odds judged and the bar for answering with `chosen`; the decline when it falls short. */
  const judge = (chosen: Candidate, next: Candidate | undefined) => {
    const offTopic = !aboutUnknown && isOffTopic(offShare, chosen);
    const elsewhere = aboutUnknown || offTopic;
    const capped = elsewhere ? Math.min(chosen.score, UNKNOWN_KEY_CAP) : chosen.score;
    const measure: Measure = chosen.drafted ? 'odds' : 'score';
    const odds =
      measure === 'odds'
        ? answerOdds({ match, chosen, next, confidence: capped, offTopicShare: offShare, aboutUnknown })
        : undefined;
    // What must reach the bar; the confidence a reply carries stays the (capped) score.
    const judged = odds?.chance ?? capped;
    const bar = measure === 'odds' ? oddsBar(threshold) : barFor(match, threshold, chosen, next);
    // A declined score is named for the cap only when the cap alone put it below the bar; odds weigh what the pack
    // lacks themselves, so a question about something else is named so whenever it is declined.
    const short = measure === 'score' ? chosen.score < bar : !elsewhere;
    const why = short ? 'below_bar' : aboutUnknown ? 'about_unknown' : 'off_topic';
    const decline: Decision | undefined =
      judged < bar
        ? { kind: 'decline', confidence: capped, nearby: match.candidates, why, bar, measure, odds }
        : undefined;
    return { confidence: capped, judged, bar, elsewhere, decline, measure, odds };
  };
  // A question about another name, or mostly in words the pack never uses, is declined as such (the reply names
  // them), judged on the entry it would get but for the lone-word gate, which only says an entry shares one word.
  const first = judge(passing[0], passing[1]);
  if (first.elsewhere && first.decline) return first.decline;
  const eligible = passing.filter((c) => !c.loneWord);
  const chosen = eligible[0];
  // The entry answered with is then a lower one, which may be only the adjacent figure (see lacksOnlyTheKind).
  if (!chosen || (chosen !== passing[0] && lacksOnlyTheKind(top, chosen))) return declineGated();
  const { confidence, judged, bar, decline, measure, odds } =
    chosen === passing[0] && eligible[1] === passing[1] ? first : judge(chosen, eligible[1]);
  if (decline) return decline;

  const alternatives = eligible.slice(1).filter((c) => c.score >= threshold * 0.8);
  const tied = alternatives.length > 0 && chosen.score - alternatives[0].score < TIE_MARGIN;
  const kind = judged >= hedgeFrom(measure, threshold) && !tied ? 'answer' : 'hedge';
  const why = kind === 'answer' ? 'confident' : tied ? 'tied' : 'middling';
  return { kind, chosen, confidence: Math.min(1, confidence), alternatives, why, bar, measure, odds };
}
