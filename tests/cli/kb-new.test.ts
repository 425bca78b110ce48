import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/knowledge/load.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/cli/kb-new.ts');
const NYTIMES = path.join(sharedArticlesDir(), 'nytimes-4', 'source.html');

type Outcome = { code: number; stdout: string; stderr: string };
async function kbNew(args: string[], cwd = process.cwd()): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const scratch = () => mkdtemp(path.join(tmpdir(), 'kb-new-'));

// Each case starts a fresh tsx process (about 1-2 s, more while other test files run beside it).
vi.setConfig({ testTimeout: 60_000 });

describe('npm run kb:new', () => {
  it('prints its usage and exits 0 for --help', async () => {
    const { code, stdout } = await kbNew(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run kb:new -- <file> \[--out <dir>\] \[--id <id>\] \[--force\]/);
    expect(stdout).toMatch(/\.html, \.htm, \.mhtml, \.webarchive, \.txt, \.md, \.pdf, \.docx/);
  });

  it.concurrent.each([
    [[], /no file given/],
    [['a.html', 'b.html'], /one file at a time/],
    [['a.html', '--id', 'Not Kebab'], /--id must be kebab-case/],
    [['a.html', '--colour'], /Unknown option '--colour'/],
  ])('exits 2 with the usage line for %j', async (args, message) => {
    const { code, stderr } = await kbNew(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run kb:new/);
  });
});

describe.concurrent('npm run kb:new refuses bad input with one line, exit 1 and nothing written', () => {
  const LOGIN = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body><main>
    <h1>Sign in to continue reading</h1><form><input name="email"><input type="password"><button>Sign in</button></form>
    <p><a href="/forgot">Forgot your password?</a></p></main></body></html>`;
  const cases: Array<[string, string, (file: string) => Promise<void>, RegExp]> = [
    ['an empty file', 'empty.html', (f) => writeFile(f, ''), /empty\.html is empty/],
    ['a login page', 'login.html', (f) => writeFile(f, LOGIN), /login\.html holds no article/],
    [
      'a binary file renamed .html',
      'article.html',
      async (f) => writeFile(f, await readFile('tests/fixtures/ingest/harbour-report.pdf')),
      /article\.html is not text but a PDF file/,
    ],
    [
      'a 50 MB file',
      'huge.html',
      async (f) => {
        // A sparse file: 50 MB long, no disk used, refused from its size alone.
        await writeFile(f, '');
        await truncate(f, 50 * 1024 * 1024);
      },
      /huge\.html is 50 MB and Briefing Bot reads files up to 20 MB/,
    ],
    [
      'an unsupported type',
      'sheet.xlsx',
      (f) => writeFile(f, 'PK\u0003\u0004'),
      /sheet\.xlsx is a \.xlsx file: .*reads \.html/,
    ],
    [
      'a PDF with no text layer',
      'scan.pdf',
      async (f) => writeFile(f, await readFile('tests/fixtures/ingest/scanned-report.pdf')),
      /scan\.pdf has no text layer .* needs OCR/,
    ],
  ];
  it.each(cases)('%s', async (_, name, make, message) => {
    const dir = await scratch();
    const file = path.join(dir, name);
    await make(file);
    const out = path.join(dir, 'out');
    const { code, stdout, stderr } = await kbNew([file, '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(await readdir(dir)).toEqual([name]);
  });

  it('a file that does not exist', async () => {
    const dir = await scratch();
    const { code, stderr } = await kbNew([path.join(dir, 'nope.html'), '--out', path.join(dir, 'out')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/nope\.html does not exist/)]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('npm run kb:new on a saved web page', () => {
  it('writes a pack the loader accepts and says what it found and how to try it', async () => {
    const dir = await scratch();
    const out = path.join(dir, 'debt');
    const { code, stdout } = await kbNew([NYTIMES, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Drafted ${out} from`);
    expect(stdout).toMatch(
      /title: +As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military/,
    );
    expect(stdout).toMatch(/author: +Nelson D\. Schwartz\n/);
    expect(stdout).toMatch(/language: +en\n/);
    expect(stdout).toMatch(/paragraphs: +\d+/);
    expect(stdout).toMatch(/figures: +\d+/);
    expect(stdout).toMatch(/entries: +\d+, 100% still draft/);
    expect(stdout).toMatch(/it can answer, for example:\n {4}- /);
    expect(stdout).toContain(`PACK_DIR=${out} npm run ask -- 'What`);
    expect(stdout).toContain(`npm run kb:check -- ${out}`);
    expect((await readdir(out)).sort()).toEqual([
      'aliases.yaml',
      'article.txt',
      'figures.yaml',
      'pack.yaml',
      'qa.yaml',
    ]);
    const loaded = await loadPack(out);
    expect(loaded.ok).toBe(true);
    const article = await readFile(path.join(out, 'article.txt'), 'utf8');
    expect(article).toContain('The federal government could soon pay more in interest on its debt');
    expect(article).not.toMatch(/Continue reading the main story|^Advertisement$|A version of this article appears/m);
  });

  it('writes to knowledge/<id> by default, with the id given by --id', async () => {
    const dir = await scratch();
    const { code } = await kbNew([NYTIMES, '--id', 'federal-debt'], dir);
    expect(code).toBe(0);
    expect(await readdir(path.join(dir, 'knowledge'))).toEqual(['federal-debt']);
    expect(await readFile(path.join(dir, 'knowledge', 'federal-debt', 'pack.yaml'), 'utf8')).toMatch(
      /^id: federal-debt$/m,
    );
  });

  it('never overwrites an existing pack without --force, and replaces it whole with it', async () => {
    const dir = await scratch();
    const out = path.join(dir, 'pack');
    expect((await kbNew([NYTIMES, '--out', out])).code).toBe(0);
    await writeFile(path.join(out, 'notes.txt'), 'a curator was here');
    const before = await readFile(path.join(out, 'qa.yaml'), 'utf8');

    const refused = await kbNew(['tests/fixtures/ingest/harbour-report.docx', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a pack: nothing was written; pass --force/);
    expect(await readFile(path.join(out, 'qa.yaml'), 'utf8')).toBe(before);
    expect(await readdir(out)).toContain('notes.txt');

    const forced = await kbNew(['tests/fixtures/ingest/harbour-report.docx', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readdir(out)).not.toContain('notes.txt');
    expect(await readFile(path.join(out, 'article.txt'), 'utf8')).toMatch(/^Harbour Review 2025/);
    expect(await readdir(dir)).toEqual(['pack']);
  });
});

describe.concurrent('npm run kb:new on other formats', () => {
  it.each([
    ['harbour-report.pdf', 'PDF'],
    ['harbour-report.docx', 'Word document'],
  ])('drafts a valid pack from %s', async (name, kind) => {
    const dir = await scratch();
    const out = path.join(dir, 'pack');
    const { code, stdout } = await kbNew([`tests/fixtures/ingest/${name}`, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`(${kind}):`);
    expect(stdout).toMatch(/author: +Maria Okafor\n/);
    expect((await loadPack(out)).ok).toBe(true);
  });

  it('drafts a valid pack from the Chinese page', async () => {
    const dir = await scratch();
    const out = path.join(dir, 'pack');
    const { code, stdout } = await kbNew([path.join(sharedArticlesDir(), 'qq', 'source.html'), '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/language: +zh\n/);
    const loaded = await loadPack(out);
    expect(loaded.ok && loaded.value.sources[0].paragraphs).toContain(
      'DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。',
    );
  });
});
