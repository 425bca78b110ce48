import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagePack, writePack } from '../../src/ingest/write-pack.js';

const FILES = { 'pack.yaml': 'id: new\n', 'article.txt': 'New text.\n' };
const scratch = () => mkdtemp(path.join(tmpdir(), 'write-pack-'));
const listing = async (dir: string) => (await readdir(dir)).sort();

describe('writePack', () => {
  it('writes every file into a new folder, creating its parents, and leaves no temporary folder behind', async () => {
    const root = await scratch();
    const target = path.join(root, 'knowledge', 'port-deal');
    expect(await writePack(target, FILES, { force: false })).toEqual({ ok: true });
    expect(await listing(target)).toEqual(['article.txt', 'pack.yaml']);
    expect(await readFile(path.join(target, 'article.txt'), 'utf8')).toBe('New text.\n');
    expect(await listing(path.join(root, 'knowledge'))).toEqual(['port-deal']);
  });

  it('never touches a folder that holds files without force', async () => {
    const root = await scratch();
    await mkdir(path.join(root, 'pack'));
    await writeFile(path.join(root, 'pack', 'qa.yaml'), 'curated: true\n');
    const result = await writePack(path.join(root, 'pack'), FILES, { force: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'exists', message: expect.stringMatching(/--force/) } });
    expect(await listing(path.join(root, 'pack'))).toEqual(['qa.yaml']);
    expect(await listing(root)).toEqual(['pack']);
  });

  it('replaces such a folder whole with force: no file of the old pack survives', async () => {
    const root = await scratch();
    await mkdir(path.join(root, 'pack'));
    await writeFile(path.join(root, 'pack', 'qa.yaml'), 'curated: true\n');
    await writeFile(path.join(root, 'pack', 'pack.yaml'), 'id: old\n');
    expect(await writePack(path.join(root, 'pack'), FILES, { force: true })).toEqual({ ok: true });
    expect(await listing(path.join(root, 'pack'))).toEqual(['article.txt', 'pack.yaml']);
    expect(await readFile(path.join(root, 'pack', 'pack.yaml'), 'utf8')).toBe('id: new\n');
    expect(await listing(root)).toEqual(['pack']);
  });

  it('fills an empty folder without force (nothing to lose)', async () => {
    const root = await scratch();
    await mkdir(path.join(root, 'pack'));
    expect(await writePack(path.join(root, 'pack'), FILES, { force: false })).toEqual({ ok: true });
    expect(await listing(path.join(root, 'pack'))).toEqual(['article.txt', 'pack.yaml']);
  });

  it('writes nothing at all when one file cannot be written', async () => {
    const root = await scratch();
    const files = { ...FILES, 'missing-folder/qa.yaml': 'x' };
    const result = await writePack(path.join(root, 'pack'), files, { force: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'write_failed' } });
    expect(await listing(root)).toEqual([]);
  });

  it('refuses a target that is a file', async () => {
    const root = await scratch();
    await writeFile(path.join(root, 'pack'), 'not a folder');
    expect(await writePack(path.join(root, 'pack'), FILES, { force: true })).toMatchObject({
      ok: false,
      error: { code: 'not_a_folder' },
    });
  });
});

describe('stagePack', () => {
  it('holds the files apart until commit, and discard leaves the target as it was', async () => {
    const root = await scratch();
    await mkdir(path.join(root, 'pack'));
    await writeFile(path.join(root, 'pack', 'qa.yaml'), 'curated: true\n');
    const staged = await stagePack(path.join(root, 'pack'), FILES, { force: true });
    if (!staged.ok) throw new Error(staged.error.message);
    expect(await listing(staged.value.dir)).toEqual(['article.txt', 'pack.yaml']);
    expect(await listing(path.join(root, 'pack'))).toEqual(['qa.yaml']);
    await staged.value.discard();
    expect(await listing(root)).toEqual(['pack']);
    expect(await listing(path.join(root, 'pack'))).toEqual(['qa.yaml']);
  });
});
