import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftBriefing } from '../ingest/draft-briefing.js';
import { FORMAT_NAMES } from '../ingest/page.js';
import { MAX_FILE_BYTES, readErrors, SUPPORTED_EXTENSIONS } from '../ingest/read-errors.js';
import { stagePack } from '../ingest/write-pack.js';
import { loadPack } from '../knowledge/load.js';

// `npm run kb:new -- <file> [--out <dir>] [--id <id>] [--force]`: drafts a whole pack from one article and checks
// it with the loader the bot uses before it lands. Exit 0 drafted, 1 the file cannot become a briefing (one line
// saying why, nothing written) or the folder exists, 2 usage.

const USAGE = `usage: npm run kb:new -- <file> [--out <dir>] [--id <id>] [--force]

Drafts a knowledge pack from one article: ${SUPPORTED_EXTENSIONS.join(', ')} (a web page saved from the browser,
plain text, Markdown, PDF with a text layer, Word). Files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.

  --out <dir>   where to write the pack (default: $KNOWLEDGE_DIR/<id>, knowledge/<id> when unset)
  --id <id>     the pack id, kebab-case (default: from the article's title)
  --force       replace the --out folder if it already holds files (it is replaced whole)
  --help        this text`;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Args = { file: string; out?: string; id?: string; force: boolean };

function parse(argv: string[]): Args | { help: true } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        id: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: true };
    if (positionals.length === 0) return { error: 'no file given' };
    if (positionals.length > 1) return { error: `one file at a time (got ${positionals.length})` };
    if (values.id !== undefined && !ID.test(values.id))
      return { error: `--id must be kebab-case (lowercase letters, digits, single hyphens), got "${values.id}"` };
    if (values.out !== undefined && values.out.trim() === '') return { error: '--out needs a folder' };
    return { file: positionals[0], out: values.out, id: values.id, force: values.force ?? false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The file's bytes, refusing a folder, a missing file or one over the size limit before reading it all. */
async function readInput(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const name = path.basename(file);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return { ok: false, message: `${file} does not exist or cannot be read: check the path.` };
  }
  if (info.isDirectory()) return { ok: false, message: `${file} is a folder: give kb:new one file.` };
  if (info.size > MAX_FILE_BYTES) return { ok: false, message: readErrors.tooLarge(name, info.size).message };
  const handle = await open(file, 'r');
  try {
    // Read at most one byte past the limit, in case the file grew since stat.
    const buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { ok: true, bytes: buffer.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A path or question as one word for a POSIX shell, so the printed commands can be pasted as they are. */
function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`kb:new: ${args.error}\n${USAGE.split('\n')[0]}`);
    return 2;
  }
  const input = await readInput(args.file);
  if (!input.ok) {
    console.error(`kb:new: ${input.message}`);
    return 1;
  }
  const drafted = await draftBriefing(input.bytes, args.file, { id: args.id, today: today() });
  if (!drafted.ok) {
    console.error(`kb:new: ${drafted.error.message}`);
    return 1;
  }
  const { page, summary, files } = drafted.value;
  // Where the bot serves briefings from, so a draft is live as soon as it is written (see docs/curating.md).
  const out = args.out ?? path.join(process.env.KNOWLEDGE_DIR?.trim() || 'knowledge', summary.id);
  const staged = await stagePack(out, files, { force: args.force });
  if (!staged.ok) {
    console.error(`kb:new: ${staged.error.message}`);
    return 1;
  }
  // The bot's own loader checks the draft before it lands: a draft it refuses is a drafting bug, never the user's.
  const loaded = await loadPack(staged.value.dir);
  if (!loaded.ok) {
    await staged.value.discard();
    console.error(
      `kb:new: BUG: the pack drafted from ${args.file} does not validate, so nothing was written. Please report it with the file. The loader says:\n${loaded.report}`,
    );
    return 1;
  }
  await staged.value.commit();

  const share = Math.round(summary.draftShare * 100);
  const question = summary.sampleQuestions[0] ?? page.title;
  const lines = [
    `Drafted ${out} from ${args.file} (${FORMAT_NAMES[page.format]}):`,
    `  title:       ${page.title}`,
    ...(page.author ? [`  author:      ${page.author}`] : []),
    ...(page.outlet ? [`  outlet:      ${page.outlet}`] : []),
    ...(page.published ? [`  published:   ${page.published}`] : []),
    `  language:    ${page.language}`,
    `  paragraphs:  ${summary.paragraphs} in article.txt`,
    `  figures:     ${summary.figures}`,
    `  entries:     ${summary.entries}, ${share}% still draft (a curator reviews each and removes its draft mark)`,
    ...(loaded.warnings.length > 0 ? [`  kb:check:    valid, ${loaded.warnings.length} warning(s)`] : []),
    ...(summary.sampleQuestions.length > 0
      ? ['  it can answer, for example:', ...summary.sampleQuestions.map((q) => `    - ${q}`)]
      : []),
    'Try it:',
    `  PACK_DIR=${shellWord(out)} npm run ask -- ${shellWord(question)}`,
    `  npm run kb:check -- ${shellWord(out)}`,
  ];
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = await main();
