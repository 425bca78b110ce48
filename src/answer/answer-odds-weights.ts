// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5225 drafted answers, 3024 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.45,
  bias: 0.299629,
  features: {
    score: { mean: 0.641315, scale: 0.213712, weight: 0.281945 },
    coverage: { mean: 0.701659, scale: 0.227925, weight: 0.498413 },
    phrasing: { mean: 0.539877, scale: 0.214465, weight: -0.165766 },
    lead: { mean: 0.275132, scale: 0.27066, weight: -0.063202 },
    topScore: { mean: 0.648903, scale: 0.207675, weight: 0.103309 },
    ranksFirst: { mean: 0.933589, scale: 0.249, weight: 0.170756 },
    topicTerms: { mean: 4.076364, scale: 1.924236, weight: 0.217151 },
    knownTerms: { mean: 2.92134, scale: 1.483089, weight: 0.266591 },
    offTopicShare: { mean: 0.140216, scale: 0.192736, weight: -0.260332 },
    aboutUnknown: { mean: 0.10756, scale: 0.309824, weight: -0.200106 },
    unknownNames: { mean: 0.037949, scale: 0.123144, weight: -0.210582 },
    unknownMetrics: { mean: 0.003749, scale: 0.036241, weight: -0.013448 },
    unknownNumbers: { mean: 0.000841, scale: 0.017447, weight: -0.101356 },
    missingKinds: { mean: 0.041531, scale: 0.199515, weight: 0.039863 },
    totalWeight: { mean: 9.459633, scale: 4.359659, weight: 0.098921 },
    confidence: { mean: 0.598445, scale: 0.263144, weight: 0.340662 },
    inPlay: { mean: 4.513493, scale: 4.295526, weight: -0.26596 },
    contextShare: { mean: 0.02812, scale: 0.123095, weight: -0.005449 },
  },
};
