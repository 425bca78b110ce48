import type { Candidate, Match } from '../match/score.js';
import type { UnknownKey } from '../match/weigh-question.js';
import { ANSWER_ODDS } from './answer-odds-weights.js';

// The chance that a drafted entry is the right answer, from what the matcher measured about the question and the
// entry. A drafted entry is one sentence of the article, phrased only as the article is, so its score alone says less
// than it does for a curator's entry: the same 0.38 is a right answer for a long question whose words the sentence
// shares and a near miss for a short one sharing a name. A logistic model weighs the score with the rest (how much of
// the question is unknown to the pack, how far the entry leads the next, how many entries are in play), fitted by
// `npm run fit:odds` to questions people wrote for real articles (see docs/answer-quality.md).

/** What the model reads, in the order the weights file lists them. */
export const ODDS_FEATURES = [
  'score',
  'coverage',
  'phrasing',
  'lead',
  'topScore',
  'ranksFirst',
  'topicTerms',
  'knownTerms',
  'offTopicShare',
  'aboutUnknown',
  'unknownNames',
  'unknownMetrics',
  'unknownNumbers',
  'missingKinds',
  'totalWeight',
  'confidence',
  'inPlay',
  'contextShare',
] as const;

export type OddsFeature = (typeof ODDS_FEATURES)[number];
export type OddsWeights = {
  /** The chance of a right answer at which a drafted entry is answered with (at the default threshold). */
  cut: number;
  bias: number;
  /** Per feature: the mean and spread it was standardised with, and its weight. */
  features: Record<OddsFeature, { mean: number; scale: number; weight: number }>;
};

/** Above this score an entry counts as in play (see `inPlay`): two sentences this close to a question compete. */
const IN_PLAY_SCORE = 0.3;

export type OddsInput = {
  match: Match;
  chosen: Candidate;
  next: Candidate | undefined;
  /** The score the engine would answer with: capped when the question is about something the pack lacks. */
  confidence: number;
  offTopicShare: number;
  aboutUnknown: boolean;
};

/** How much of the question's weight is unknown words of one kind (another company, metric or year). */
export function unknownShare(match: Match, kind: UnknownKey['kind']): number {
  const weight = match.unknownKeys.filter((k) => k.kind === kind).reduce((sum, k) => sum + k.weight, 0);
  return weight / (match.totalWeight || 1);
}

export function oddsFeatures({ match, chosen, next, confidence, offTopicShare, aboutUnknown }: OddsInput) {
  const topic = match.terms.filter((t) => t.kind !== 'intent');
  const total = match.totalWeight || 1;
  const features: Record<OddsFeature, number> = {
    score: chosen.score,
    coverage: chosen.coverage,
    phrasing: chosen.phrasing,
    lead: chosen.score - (next?.score ?? 0),
    topScore: match.candidates[0]?.score ?? 0,
    ranksFirst: match.candidates[0] === chosen ? 1 : 0,
    topicTerms: topic.length,
    knownTerms: topic.filter((t) => t.known).length,
    offTopicShare,
    aboutUnknown: aboutUnknown ? 1 : 0,
    unknownNames: unknownShare(match, 'name'),
    unknownMetrics: unknownShare(match, 'metric'),
    unknownNumbers: unknownShare(match, 'number'),
    missingKinds: chosen.missingKinds,
    totalWeight: match.totalWeight,
    confidence,
    inPlay: match.candidates.filter((c) => c.score > IN_PLAY_SCORE).length,
    contextShare: match.terms.filter((t) => t.context).reduce((sum, t) => sum + t.weight, 0) / total,
  };
  return features;
}

/** What the model read and the chance it gives: part of a decision, and of `ask --explain`. */
export type OddsReading = { chance: number; features: Record<OddsFeature, number> };

export function answerOdds(input: OddsInput, weights: OddsWeights = ANSWER_ODDS): OddsReading {
  const features = oddsFeatures(input);
  let logit = weights.bias;
  for (const name of ODDS_FEATURES) {
    const { mean, scale, weight } = weights.features[name];
    logit += (weight * (features[name] - mean)) / scale;
  }
  return { chance: 1 / (1 + Math.exp(-logit)), features };
}
