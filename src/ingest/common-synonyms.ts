// Words news readers use for one another, where WordNet's senses are too fine or too rare to link them ("deal" and
// "acquisition", "firm" and "company", "boss" and "chief executive"). A group is added to a draft when the article
// uses one of its words; it wins over WordNet for its words.

export const COMMON_SYNONYM_GROUPS: readonly string[][] = [
  ['buy', 'purchase', 'acquire', 'acquisition', 'buyout', 'takeover', 'bought', 'purchased', 'acquired'],
  ['chief executive', 'ceo', 'boss', 'chief executive officer'],
  ['co-founder', 'cofounder', 'founder'],
  ['fee', 'charge', 'surcharge'],
  ['fine', 'fined', 'penalty', 'penalties'],
  ['beat', 'beats', 'defeat', 'defeats', 'defeated'],
  ['lawsuit', 'litigation', 'sued', 'suing', 'legal action'],
  ['gunman', 'shooter', 'attacker', 'assailant', 'gunmen', 'attackers'],
  ['killed', 'dead', 'died', 'deaths', 'fatalities'],
  ['injured', 'wounded', 'injuries'],
  ['car', 'vehicle', 'automobile'],
  ['smartphone', 'cellphone', 'handset'],
  ['film', 'movie'],
  ['employees', 'workers', 'staff', 'staffers', 'workforce'],
  ['doctor', 'physician'],
  ['children', 'kids'],
  ['babies', 'infants'],
  ['medication', 'medicine', 'drug', 'drugs'],
  ['comfortable', 'comfy'],
  ['dollars', 'bucks'],
  ['cheap', 'inexpensive', 'affordable'],
  ['expensive', 'costly', 'pricey'],
  ['shareholders', 'stockholders'],
  ['churchgoers', 'worshippers', 'congregation'],
  ['annually', 'yearly', 'per year', 'a year', 'each year'],
  ['monthly', 'per month', 'a month', 'each month', 'every month'],
  ['professor', 'prof'],
  ['government', 'administration'],
  ['legislation', 'law', 'laws'],
  ['weighs', 'weigh', 'weighed', 'weighing', 'weight', 'heavy'],
  ['footage', 'video', 'videos'],
  ['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'pic', 'pics'],
  ['processor', 'chip', 'processors', 'chips'],
  ['mother', 'mom', 'mum'],
  ['father', 'dad'],
  ['store', 'shop', 'stores', 'shops'],
  ['firm', 'company', 'firms', 'companies'],
  ['police', 'cops', 'cop'],
  ['ban', 'banned', 'prohibit', 'prohibited'],
  ['television', 'tv'],
  ['advertising', 'ads', 'adverts', 'advertisements'],
  ['money', 'cash', 'funds'],
  ['boat', 'boats', 'vessel', 'vessels'],
  ['worry', 'worried', 'worries', 'concern', 'concerned', 'concerns'],
];

/**
 * Words that ask about the article itself (what it says overall, who wrote it, its headline). Every drafted pack has
 * entries for these, so it has the words too: "what's this piece about?" reads as "summary" (see normalise.ts), and
 * "summary", "tldr" and "author" would otherwise be words no sentence of the article uses.
 */
export const ARTICLE_SYNONYM_GROUPS: readonly { id: string; terms: readonly string[] }[] = [
  {
    id: 'overview',
    terms: [
      'overview',
      'summary',
      'summarise',
      'summarize',
      'gist',
      'tldr',
      'tl;dr',
      'rundown',
      'takeaways',
      'key points',
      'main points',
      'highlights',
      'big picture',
      '概述',
      '总结',
      '简介',
    ],
  },
  {
    id: 'byline',
    terms: ['byline', 'wrote', 'written by', '作者', '记者'],
  },
  { id: 'headline', terms: ['headline', 'title', '标题'] },
];
