// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 4933 drafted answers, 2604 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.4,
  bias: 0.04128,
  features: {
    score: { mean: 0.54587, scale: 0.199471, weight: 0.147186 },
    coverage: { mean: 0.688909, scale: 0.228898, weight: 0.720233 },
    phrasing: { mean: 0.474566, scale: 0.210254, weight: -0.227418 },
    lead: { mean: 0.259428, scale: 0.256866, weight: -0.023446 },
    topScore: { mean: 0.555222, scale: 0.192957, weight: -0.009561 },
    ranksFirst: { mean: 0.9254, scale: 0.262744, weight: 0.224075 },
    topicTerms: { mean: 4.122238, scale: 1.911338, weight: 0.206828 },
    knownTerms: { mean: 2.905737, scale: 1.484781, weight: 0.249355 },
    offTopicShare: { mean: 0.147842, scale: 0.192971, weight: -0.344155 },
    aboutUnknown: { mean: 0.096696, scale: 0.295543, weight: -0.07274 },
    unknownNames: { mean: 0.03299, scale: 0.113509, weight: -0.243573 },
    unknownMetrics: { mean: 0.003001, scale: 0.031841, weight: 0.010178 },
    unknownNumbers: { mean: 0.00087, scale: 0.017434, weight: -0.08646 },
    missingKinds: { mean: 0.050274, scale: 0.218509, weight: -0.039315 },
    totalWeight: { mean: 9.467976, scale: 4.434676, weight: 0.063453 },
    confidence: { mean: 0.512013, scale: 0.232558, weight: 0.223395 },
    inPlay: { mean: 3.072978, scale: 3.09809, weight: -0.219953 },
    contextShare: { mean: 0.02176, scale: 0.105545, weight: 0.004771 },
  },
};
