import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveQaFile } from '../../src/studio/save-qa-file.js';
import { ACME_PACK, editedPackCopy } from '../helpers/pack-copy.js';

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function copy(): Promise<{ dir: string; qa: string }> {
  const dir = await editedPackCopy(ACME_PACK, {});
  dirs.push(dir);
  return { dir, qa: await readFile(path.join(dir, 'qa.yaml'), 'utf8') };
}

describe('Saving qa.yaml from the studio', () => {
  it('writes a change the loader accepts, leaving no temp file behind', async () => {
    const { dir, qa } = await copy();
    const after = qa.replace('What is Acme buying?', 'What is Acme buying, and for how much?');
    expect(await saveQaFile(dir, qa, after)).toEqual({ ok: true });
    expect(await readFile(path.join(dir, 'qa.yaml'), 'utf8')).toBe(after);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a change the loader rejects, with its problems, and leaves the file as it was', async () => {
    const { dir, qa } = await copy();
    const file = path.join(dir, 'qa.yaml');
    const before = await stat(file);
    const after = qa.replace('quote: "Widget Co’s shares rose 12%', 'quote: "Widget Co’s shares rose 13%');
    const saved = await saveQaFile(dir, qa, after);
    expect(saved).toMatchObject({ ok: false, code: 'invalid' });
    if (saved.ok || saved.code !== 'invalid') return;
    expect(saved.problems).toContainEqual(
      expect.objectContaining({
        id: 'widget-shares',
        field: 'citations[0]',
        message: expect.stringContaining('not verbatim'),
      }),
    );
    expect(await readFile(file, 'utf8')).toBe(qa);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses to overwrite a file that changed since the edit began', async () => {
    const { dir, qa } = await copy();
    const saved = await saveQaFile(dir, `${qa}# edited elsewhere\n`, qa.replace('Acme', 'Acme Corp'));
    expect(saved).toMatchObject({ ok: false, code: 'changed' });
    expect(await readFile(path.join(dir, 'qa.yaml'), 'utf8')).toBe(qa);
  });
});
