// Words news readers use for one another, where WordNet's senses are too fine or too rare to link them ("deal" and
// "acquisition", "firm" and "company", "boss" and "chief executive"). A group is added to a draft when the article
// uses one of its words; it wins over WordNet for its words.

export const COMMON_SYNONYM_GROUPS: readonly string[][] = [
  ['buy', 'purchase', 'acquire', 'acquisition', 'buyout', 'takeover', 'bought', 'purchased', 'acquired'],
  ['chief executive', 'ceo', 'boss', 'chief executive officer'],
  ['co-founder', 'cofounder', 'founder'],
  ['fee', 'charge', 'surcharge'],
  ['fine', 'fined', 'penalty', 'penalties'],
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
  ['professor', 'prof'],
  ['government', 'administration'],
  ['legislation', 'law', 'laws'],
];
