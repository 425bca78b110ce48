// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5228 drafted answers, 3011 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.45,
  bias: 0.286427,
  features: {
    score: { mean: 0.640907, scale: 0.213714, weight: 0.291773 },
    coverage: { mean: 0.701163, scale: 0.22796, weight: 0.513417 },
    phrasing: { mean: 0.539781, scale: 0.214139, weight: -0.171689 },
    lead: { mean: 0.274408, scale: 0.270506, weight: -0.0621 },
    topScore: { mean: 0.648371, scale: 0.207815, weight: 0.1085 },
    ranksFirst: { mean: 0.933818, scale: 0.2486, weight: 0.167951 },
    topicTerms: { mean: 4.075937, scale: 1.921312, weight: 0.224065 },
    knownTerms: { mean: 2.919472, scale: 1.481917, weight: 0.255781 },
    offTopicShare: { mean: 0.141114, scale: 0.193235, weight: -0.268163 },
    aboutUnknown: { mean: 0.108646, scale: 0.311194, weight: -0.183336 },
    unknownNames: { mean: 0.038171, scale: 0.12335, weight: -0.220881 },
    unknownMetrics: { mean: 0.00384, scale: 0.036511, weight: 0.005533 },
    unknownNumbers: { mean: 0.00084, scale: 0.017421, weight: -0.10321 },
    missingKinds: { mean: 0.042464, scale: 0.201644, weight: 0.028482 },
    totalWeight: { mean: 9.457772, scale: 4.354006, weight: 0.105274 },
    confidence: { mean: 0.597594, scale: 0.263412, weight: 0.325105 },
    inPlay: { mean: 4.518363, scale: 4.30119, weight: -0.271733 },
    contextShare: { mean: 0.028119, scale: 0.123113, weight: -0.003594 },
  },
};
