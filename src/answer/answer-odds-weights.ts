// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5224 drafted answers, 3024 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.45,
  bias: 0.300225,
  features: {
    score: { mean: 0.641354, scale: 0.213714, weight: 0.281021 },
    coverage: { mean: 0.701664, scale: 0.227946, weight: 0.498407 },
    phrasing: { mean: 0.53998, scale: 0.214355, weight: -0.168602 },
    lead: { mean: 0.275101, scale: 0.270676, weight: -0.062739 },
    topScore: { mean: 0.648883, scale: 0.20769, weight: 0.106785 },
    ranksFirst: { mean: 0.933767, scale: 0.248689, weight: 0.169654 },
    topicTerms: { mean: 4.07657, scale: 1.924363, weight: 0.217077 },
    knownTerms: { mean: 2.921516, scale: 1.483177, weight: 0.266422 },
    offTopicShare: { mean: 0.140215, scale: 0.192755, weight: -0.259909 },
    aboutUnknown: { mean: 0.10758, scale: 0.30985, weight: -0.200087 },
    unknownNames: { mean: 0.037956, scale: 0.123154, weight: -0.210669 },
    unknownMetrics: { mean: 0.00375, scale: 0.036244, weight: -0.013504 },
    unknownNumbers: { mean: 0.000842, scale: 0.017448, weight: -0.101365 },
    missingKinds: { mean: 0.041539, scale: 0.199533, weight: 0.04005 },
    totalWeight: { mean: 9.460175, scale: 4.359903, weight: 0.098868 },
    confidence: { mean: 0.598475, scale: 0.26316, weight: 0.340795 },
    inPlay: { mean: 4.513591, scale: 4.295931, weight: -0.266173 },
    contextShare: { mean: 0.028125, scale: 0.123106, weight: -0.005374 },
  },
};
