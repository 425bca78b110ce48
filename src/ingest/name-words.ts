import { escapeRegExp } from '../match/escape-regexp.js';
import { isRegionName } from '../match/place-names.js';

// What the words of a name say: a title before it ("Attorney-General"), an organisation in it ("University"), the
// shape of a person's name, and when two names are one. Shared by finding names (entities.ts) and giving them their
// other forms (entity-variants.ts).

const TITLES = new Set(
  `mr mrs ms mx dr prof professor sen senator rep representative gov governor president vice prime minister
  chancellor secretary gen general col colonel capt captain lt sgt adm admiral rev judge justice mayor king queen
  prince princess sir dame lord lady sheikh chairman chairwoman chair ceo cfo cto coo chief executive founder
  director commissioner ambassador minister premier speaker leader pope cardinal bishop saint st officer agent
  coach manager editor correspondent analyst economist professor spokesman spokeswoman spokesperson attorney deputy
  inspector surgeon detective sergeant lieutenant constable superintendent treasurer`.split(/\s+/),
);
/**
 * "Mr", "Dr", "Sir": a title that says only how to address someone. A name written with one ("Mr Obama") is a form of
 * the name; one written with another ("Prime Minister Habib Essid") is the name and words people ask with ("who is the
 * prime minister"), which the name's form would swallow.
 */
export function isCourtesyTitle(word: string): boolean {
  return /^(?:mr|mrs|ms|mx|dr|sir|dame)\.?$/i.test(word);
}

/** A title, or one made of titles joined by hyphens ("Attorney-General", "Vice-President", "Editor-in-Chief"). */
export function isTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (TITLES.has(lower)) return true;
  const parts = lower.split('-');
  return parts.length > 1 && TITLES.has(parts[0]) && TITLES.has(parts[parts.length - 1]);
}

export const ORG_SUFFIX =
  /^(?:Group|Inc|Corp|Corporation|Co|Company|Ltd|Limited|Holdings|LLC|PLC|AG|SA|NV|GmbH|Technologies|Technology|International|Labs|Systems|Networks|Entertainment)\.?$/;

export const ORG_WORDS =
  /\b(?:Group|Company|Co|Corp|Corporation|Inc|Ltd|LLC|Act|Trust|Union|House|Bank|University|College|School|Institute|Department|Ministry|Office|Party|Council|Agency|Association|Commission|Committee|Court|State|States|Times|News|Post|Journal|Fund|Foundation|Center|Centre|Administration|Authority|Board|Bureau|Service|Services|Network|Airlines|Motors|Labs|Studios|Games|Press|Media|Capital|Partners|Holdings|Republic|Kingdom|Island|Islands|City|County|Street|Avenue|Park|River|Sea|Ocean|Gulf|Valley|Mountains|Church|Army|Navy|Force|Police|Senate|Congress|Parliament|Club|League|Cup|Festival|Awards|Project|Program|Programme|Survey|Report|Index|America|Africa|Asia|Europe|Carolina|Dakota|Virginia|Jersey|York|Hampshire|Mexico|Island)\b/;

/** A person: named with a title somewhere, or saying something, and no organisation word in the name. */
export function isPerson(name: string, terms: string[], text: string): boolean {
  if (ORG_WORDS.test(name) || !looksLikePerson(name)) return false;
  const forms = [name, ...terms].map(escapeRegExp).join('|');
  const said =
    '(?:said|says|told|wrote|writes|added|argued|argues|explained|noted|asked|warned|insisted|believes|thinks)';
  const title = [...TITLES].join('|');
  return new RegExp(
    `\\b(?:${title})\\.?\\s+(?:${forms})\\b|\\b(?:${forms})(?:,[^,]{3,80},)?\\s+${said}\\b|\\b${said}\\s+(?:${forms})\\b|according to (?:${forms})\\b|\\b(?:${forms}),\\s+(?:a|an|the|who)\\s`,
    'i',
  ).test(text);
}

/** Two to four capitalised words, and no country's name: "South Sudan" is not a Ms Sudan whose surname is "Sudan". */
export function looksLikePerson(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^[\p{Lu}][\p{Ll}'’-]+$|^[A-Z]\.$/u.test(w)) &&
    !isRegionName(name)
  );
}

/** "New York University" after "New York", "IAB Tech Lab Board" after "IAB Tech Lab": an organisation named after it. */
export function namesAfter(longer: string, shorter: string): boolean {
  return longer.startsWith(`${shorter} `) && ORG_WORDS.test(longer.slice(shorter.length));
}

/** Two forms of one name compare equal: case, dots and apostrophes aside ("U.S." and "US"). */
export function keyOf(name: string): string {
  return name.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ');
}
