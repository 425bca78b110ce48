import { describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { parsePackFile } from '../../src/knowledge/parse-pack-file.js';
import { parseYamlFile } from '../../src/knowledge/parse-yaml-file.js';

// The fast path (js-yaml) must give exactly what the exact path (`yaml`) gives, or the pack would mean different
// things depending on which parser read it. Any mapping passes this schema, so every difference in a value shows.
const anyMap = z.record(z.string(), z.unknown());

// Each side's result, or the message it throws (`yaml` throws on an alias bomb; the fast path must throw the same).
const outcome = async (read: () => Promise<{ data: unknown; problems: unknown }>) =>
  read().then(
    ({ data, problems }) => ({ data, problems }),
    (error: Error) => error.message,
  );

describe('a pack file read by the fast parser', () => {
  it.each([
    ['scalars js-yaml core would read differently', 'a: +0x21\nb: 0b1\nc: +.5\nd: -.5\ne: 1e400\n'],
    ['YAML 1.2 core numbers', 'a: 0x21\nb: 0o41\nc: 3.3e1\nd: .inf\ne: -0\nf: 017\ng: 1_000\n'],
    ['dates and yes/no, which stay strings', 'a: 2025-01-01\nb: yes\nc: off\nd: ~\ne: NULL\n'],
    ['explicit tags', 'a: !!str 3\nb: !!int "3"\nc: !!float 3\nd: !!timestamp 2025-01-01\ne: !custom x\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\nb: 2025-01-01\n'],
    ['a comment glued to a quote or bracket', 'a: "x"# c\nb: [x]# c\n'],
    ['anchors and an alias bomb', `a: &x v\nb: [${Array(101).fill('*x').join(', ')}]\n`],
    ['content on the --- line', '--- a: 1\n'],
    ['bare carriage returns', 'a: 1\rb: 2\r'],
    ['a flow sequence indented less than its key', 'a:\n  b: [x,\n  y]\n'],
    ['a quoted string indented less than its key', 'a:\n  b: "x\n  y"\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a duplicate key', 'a: 1\n"a": 2\n'],
    ['CRLF, a BOM and block scalars', '\ufeffa: |\r\n  x\r\n   y\r\nb: >-\r\n  p\r\n  q\r\n'],
  ])('agrees with yaml on %s', async (_name, text) => {
    const fast = await outcome(() => parsePackFile('f.yaml', text, anyMap));
    const exact = await outcome(async () => parseYamlFile('f.yaml', text, anyMap));
    expect(fast).toEqual(exact);
  });

  it('finds the line of a node only when asked, with the same answer yaml gives', async () => {
    const text = 'a: 1\nlist:\n  - id: x\n  - id: y\n';
    const fast = await parsePackFile('f.yaml', text, anyMap);
    expect(fast.problems).toEqual([]);
    expect(await fast.lineOf(['list', 1, 'id'])).toBe(parseYamlFile('f.yaml', text, anyMap).lineOf(['list', 1, 'id']));
    expect(await fast.lineOf(['list', 1, 'id'])).toBe(4);
  });
});
