// Written by `npm run fit:odds` (scripts/fit-answer-odds.ts) from 5227 drafted answers, 3029 of them right.
// Do not edit by hand: fit again.

export const ANSWER_ODDS = {
  cut: 0.45,
  bias: 0.304343,
  features: {
    score: { mean: 0.643336, scale: 0.213305, weight: 0.282407 },
    coverage: { mean: 0.703805, scale: 0.227448, weight: 0.498936 },
    phrasing: { mean: 0.541062, scale: 0.213957, weight: -0.174393 },
    lead: { mean: 0.275298, scale: 0.270382, weight: -0.054072 },
    topScore: { mean: 0.650613, scale: 0.2075, weight: 0.120982 },
    ranksFirst: { mean: 0.934953, scale: 0.246609, weight: 0.170001 },
    topicTerms: { mean: 4.07576, scale: 1.924239, weight: 0.224257 },
    knownTerms: { mean: 2.917544, scale: 1.483631, weight: 0.249764 },
    offTopicShare: { mean: 0.140065, scale: 0.192759, weight: -0.272763 },
    aboutUnknown: { mean: 0.107327, scale: 0.309529, weight: -0.198698 },
    unknownNames: { mean: 0.037905, scale: 0.123123, weight: -0.212571 },
    unknownMetrics: { mean: 0.003751, scale: 0.036257, weight: -0.015608 },
    unknownNumbers: { mean: 0.000849, scale: 0.017576, weight: -0.101038 },
    missingKinds: { mean: 0.039793, scale: 0.195473, weight: -0.002179 },
    totalWeight: { mean: 9.44286, scale: 4.367092, weight: 0.112618 },
    confidence: { mean: 0.600499, scale: 0.263145, weight: 0.334941 },
    inPlay: { mean: 4.557107, scale: 4.354611, weight: -0.271227 },
    contextShare: { mean: 0.028153, scale: 0.123146, weight: -0.004587 },
    asksName: { mean: 0.134877, scale: 0.341592, weight: -0.107696 },
    asksReason: { mean: 0.065621, scale: 0.247618, weight: 0.062579 },
  },
};
