import { readFileSync } from 'node:fs';
import { readHtml } from '/work/main/src/ingest/read-html.ts';
const r = readHtml(readFileSync(process.argv[2], 'utf8'));
console.log(r.title, '|', r.author, '|', r.published, r.paragraphs.length);
r.paragraphs.forEach((p: string, i: number) => console.log(i, p.slice(0, 110)));
