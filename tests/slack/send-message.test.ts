import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every message must pass fitMessage/fitView before Slack sees it (issue: /brief facts with a long topic built a
// section Slack refused, and the person saw nothing). src/slack/send-message.ts is where that happens; this keeps
// it the only door. (respond is covered by its type: listeners only ever hold a FittedRespond.)

const SRC = path.resolve(import.meta.dirname, '../../src');
const SENDING =
  /\.(?:chat\.(?:postMessage|postEphemeral|update|scheduleMessage)|views\.(?:publish|update|open|push))\(/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

describe('Sending to Slack', () => {
  it('calls chat.* and views.* only from src/slack/send-message.ts, which fits every message to Slack’s limits', async () => {
    const senders: string[] = [];
    for (const file of await sourceFiles(SRC)) if (SENDING.test(await readFile(file, 'utf8'))) senders.push(file);
    expect(senders.map((file) => path.relative(SRC, file))).toEqual([path.join('slack', 'send-message.ts')]);
  });
});
