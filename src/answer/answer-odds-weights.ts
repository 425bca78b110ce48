// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5228 drafted answers, 3020 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.45,
  bias: 0.29448,
  features: {
    score: { mean: 0.640946, scale: 0.213721, weight: 0.286944 },
    coverage: { mean: 0.701213, scale: 0.227982, weight: 0.51062 },
    phrasing: { mean: 0.539811, scale: 0.214153, weight: -0.172812 },
    lead: { mean: 0.274439, scale: 0.270544, weight: -0.064689 },
    topScore: { mean: 0.64841, scale: 0.207821, weight: 0.106394 },
    ranksFirst: { mean: 0.933818, scale: 0.2486, weight: 0.175392 },
    topicTerms: { mean: 4.075937, scale: 1.921312, weight: 0.225609 },
    knownTerms: { mean: 2.919472, scale: 1.481917, weight: 0.258049 },
    offTopicShare: { mean: 0.141058, scale: 0.193208, weight: -0.266154 },
    aboutUnknown: { mean: 0.108263, scale: 0.310713, weight: -0.192723 },
    unknownNames: { mean: 0.03814, scale: 0.123339, weight: -0.21539 },
    unknownMetrics: { mean: 0.003785, scale: 0.036298, weight: -0.0025 },
    unknownNumbers: { mean: 0.00084, scale: 0.017421, weight: -0.102259 },
    missingKinds: { mean: 0.042464, scale: 0.201644, weight: 0.034031 },
    totalWeight: { mean: 9.457007, scale: 4.353322, weight: 0.103565 },
    confidence: { mean: 0.597804, scale: 0.263318, weight: 0.337806 },
    inPlay: { mean: 4.518745, scale: 4.300966, weight: -0.268917 },
    contextShare: { mean: 0.028119, scale: 0.123113, weight: -0.005019 },
  },
};
