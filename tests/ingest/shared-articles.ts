import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The real saved pages in shared/fixtures/articles (Mozilla Readability's own test pages), which sit beside the
// project: ../shared from the main checkout and from CI's clone, further up from a worktree.

export function sharedArticlesDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'fixtures', 'articles');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('shared/fixtures/articles not found beside the project');
  }
}

export type SharedArticle = {
  name: string;
  sourceFile: string;
  source: Uint8Array;
  readerView: string;
  metadata: { title: string; byline: string | null; siteName: string | null; lang?: string };
};

export function sharedArticles(): SharedArticle[] {
  const root = sharedArticlesDir();
  return readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'source.html')))
    .sort()
    .map((name) => ({
      name,
      sourceFile: path.join(root, name, 'source.html'),
      source: new Uint8Array(readFileSync(path.join(root, name, 'source.html'))),
      readerView: readFileSync(path.join(root, name, 'readability-expected.html'), 'utf8'),
      metadata: JSON.parse(readFileSync(path.join(root, name, 'expected-metadata.json'), 'utf8')),
    }));
}
