// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5165 drafted answers, 2719 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.4,
  bias: 0.033804,
  features: {
    score: { mean: 0.545681, scale: 0.200852, weight: 0.141439 },
    coverage: { mean: 0.688163, scale: 0.230442, weight: 0.729362 },
    phrasing: { mean: 0.474873, scale: 0.211448, weight: -0.239603 },
    lead: { mean: 0.259025, scale: 0.256417, weight: -0.008679 },
    topScore: { mean: 0.554725, scale: 0.194783, weight: -0.010515 },
    ranksFirst: { mean: 0.926428, scale: 0.261073, weight: 0.235277 },
    topicTerms: { mean: 4.127783, scale: 1.920676, weight: 0.244241 },
    knownTerms: { mean: 2.891965, scale: 1.479889, weight: 0.225134 },
    offTopicShare: { mean: 0.151039, scale: 0.196741, weight: -0.358066 },
    aboutUnknown: { mean: 0.10242, scale: 0.3032, weight: -0.074406 },
    unknownNames: { mean: 0.033723, scale: 0.113547, weight: -0.25791 },
    unknownMetrics: { mean: 0.003421, scale: 0.03467, weight: -0.003783 },
    unknownNumbers: { mean: 0.001228, scale: 0.02035, weight: -0.021306 },
    missingKinds: { mean: 0.051307, scale: 0.220623, weight: -0.041707 },
    totalWeight: { mean: 9.401164, scale: 4.391746, weight: 0.076941 },
    confidence: { mean: 0.51064, scale: 0.234631, weight: 0.229353 },
    inPlay: { mean: 3.038529, scale: 3.04288, weight: -0.208244 },
    contextShare: { mean: 0.022057, scale: 0.106877, weight: -0.013291 },
  },
};
