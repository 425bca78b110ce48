// Names every reader knows are the same thing, which an article rarely spells out: "the U.K." is Britain, "ISIS"
// is the Islamic State group. When an article names one of them, the draft lists the others as its variants, so a
// question in other words is not mistaken for one about something the article never mentions.

export const KNOWN_NAME_GROUPS: readonly string[][] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group'],
  ['China', 'PRC', "People's Republic of China", 'mainland China'],
  ['Hong Kong', 'HK'],
  ['South Korea', 'Korea', 'ROK'],
  ['North Korea', 'DPRK'],
  ['Russia', 'Russian Federation'],
  ['United Arab Emirates', 'UAE'],
  ['Netherlands', 'Holland'],
  ['New York City', 'NYC', 'New York'],
  ['Los Angeles', 'L.A.'],
  ['Washington, D.C.', 'Washington DC', 'D.C.', 'DC'],
  ['Federal Reserve', 'the Fed', 'Fed'],
  ['Congressional Budget Office', 'CBO'],
  ['Securities and Exchange Commission', 'SEC'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['Central Intelligence Agency', 'CIA'],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['Southeast Asia', 'SEA', 'South-East Asia', 'South East Asia'],
  ['artificial intelligence', 'AI', 'A.I.'],
  ['chief executive', 'CEO', 'chief executive officer'],
  ['gross domestic product', 'GDP'],
  ['initial public offering', 'IPO'],
  ['Democratic Party', 'Democrats'],
  ['Republican Party', 'Republicans', 'GOP'],
  ['Apple', 'Apple Inc.'],
  ['Meta', 'Facebook', 'FB'],
  // Each PlayStation its own: a question about the PS5 is not answered with the PS4's specifications.
  ['PlayStation 4', 'PS4'],
  ['PlayStation 5', 'PS5'],
  ['PlayStation VR', 'PSVR', 'PS VR'],
  ['virtual reality', 'VR'],
  ['Amazon Web Services', 'AWS'],
  ['NASA', 'National Aeronautics and Space Administration'],
  ['International Space Station', 'ISS'],
  ['New Zealand', 'NZ'],
  ['Food and Drug Administration', 'FDA'],
  ['Food Standards Agency', 'FSA'],
  ['Environmental Protection Agency', 'EPA'],
  ['National Security Agency', 'NSA'],
  ['Federal Communications Commission', 'FCC'],
  ['Department of Justice', 'Justice Department', 'DOJ'],
  ['Los Angeles Police Department', 'LAPD'],
  ['New York Police Department', 'NYPD'],
  ['European Central Bank', 'ECB'],
  ['World Trade Organization', 'WTO'],
  ['National Rifle Association', 'NRA'],
  ['American Civil Liberties Union', 'ACLU'],
  ['International Criminal Court', 'ICC'],
  ['National Health Service', 'NHS'],
  ['British Broadcasting Corporation', 'BBC'],
  ['Free Software Foundation', 'FSF'],
  // US states as the news agencies write them after a town ("Littleton, Colo."). Not those that are also a word or
  // another body's name: "Pa.", "Va." (the VA), "Md." (MD), "Ala." (ALA), "Ark." (ARK), "Miss.", "S.D." (an SD card).
  ['Arizona', 'Ariz.'],
  ['California', 'Calif.'],
  ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'],
  ['Florida', 'Fla.'],
  ['Kansas', 'Kan.', 'Kans.'],
  ['Kentucky', 'Ky.'],
  ['Michigan', 'Mich.'],
  ['Minnesota', 'Minn.'],
  ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.', 'Nebr.'],
  ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'],
  ['New Jersey', 'N.J.'],
  ['North Carolina', 'N.C.'],
  ['Oklahoma', 'Okla.'],
  ['Tennessee', 'Tenn.'],
  ['Vermont', 'Vt.'],
  ['Wisconsin', 'Wis.', 'Wisc.'],
  ['Wyoming', 'Wyo.'],
];

/**
 * The known group a name belongs to (case-insensitive, dots ignored), if any. A form in capitals is matched only by a
 * name in capitals: "ISIS" is the Islamic State, "Isis" in an essay on the tarot is the goddess.
 */
export function knownGroupOf(name: string): string[] | undefined {
  const key = keyOf(name);
  const initials = isInitials(name);
  return KNOWN_NAME_GROUPS.find((group) => group.some((n) => keyOf(n) === key && (initials || !isInitials(n))));
}

/** "ISIS", "U.S.": capital letters alone, dots aside. */
function isInitials(name: string): boolean {
  return /^[A-Z]{2,}$/.test(name.replace(/\./g, ''));
}

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .trim();
}
