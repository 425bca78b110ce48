import path from 'node:path';
import { DEFAULT_PACK_DIR } from '../knowledge/default-pack.js';
import { countDrafts, describeDrafts } from '../knowledge/draft-summary.js';
import { loadPack } from '../knowledge/load.js';
import { isPackWide } from '../match/not-stated.js';

// `npm run kb:check [pack-dir]`: the curator's pre-commit check. Exit 1 with the full report on any error.

const dir = path.resolve(process.argv[2] ?? process.env.PACK_DIR ?? DEFAULT_PACK_DIR);
const result = await loadPack(dir);
if (!result.ok) {
  console.error(result.report);
  process.exit(1);
}
const pack = result.value;
for (const warning of result.warnings) console.warn(warning);
const cited = new Set(pack.entries.flatMap((e) => e.citations.map((c) => `${c.source}#${c.paragraph}`)));
const paragraphs = pack.sources.flatMap((s) => s.paragraphs.map((_, i) => `${s.id}#${i + 1}`));
const covered = paragraphs.filter((p) => cited.has(p)).length;
const quotes = pack.entries.reduce((n, e) => n + e.citations.length, 0) + pack.figures.length;
const alternates = pack.entries.reduce((n, e) => n + e.alternates.length, 0);
const notStated = pack.notStated.length;
const listed = new Set(pack.entries.flatMap((e) => e.not_stated));
const packWide = pack.notStated.filter((d) => isPackWide(d, listed)).length;
console.log(`Pack ${pack.meta.id} is valid.`);
console.log(
  `  entries:     ${pack.entries.length} (${alternates} alternate phrasings), ${notStated} details marked not stated` +
    (packWide > 0 ? ` (${packWide} pack-wide)` : ''),
);
console.log(`  figures:     ${pack.figures.length}`);
console.log(`  aliases:     ${pack.aliases.entities.length} entities, ${pack.aliases.synonyms.length} synonym groups`);
console.log(`  quotes:      ${quotes} checked verbatim against the source`);
console.log(`  coverage:    ${covered}/${paragraphs.length} paragraphs cited`);
console.log(`  review:      ${describeDrafts(countDrafts(pack))}`);
