import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// The bot as a real process (src/main.ts through tsx, as `npm start` runs it), for what only a process can show: a
// kill -9 in the middle of answering. Node runs it with tsx's loader, in one process: the tsx command would start
// the bot as a child of its own, and a SIGKILL to tsx would leave that child running.

const ROOT = path.resolve(import.meta.dirname, '../..');

export type ChildBot = {
  child: ChildProcess;
  /** The HTTP port it bound (it is started with PORT=0). */
  port: number;
  output(): string;
  exited: Promise<number | null>;
  /** kill -9: no shutdown, no drain, nothing written after it. */
  killHard(): Promise<void>;
};

export async function startChildBot(env: Record<string, string>): Promise<ChildBot> {
  // DOTENV_PATH points nowhere, so a developer's own .env cannot leak in.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DOTENV_PATH: path.join(ROOT, 'no-such.env'), PORT: '0', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line: ${output}`)), 30_000);
    const check = () => {
      const match = output.match(/"msg":"Briefing Bot is running"[^\n]*"port":(\d+)/);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve(Number(match[1]));
    };
    child.stdout?.on('data', check);
    void exited.then(() => reject(new Error(`exited before starting: ${output}`)));
  });
  return {
    child,
    port,
    output: () => output,
    exited,
    killHard: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
