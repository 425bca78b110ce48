import { redact } from './log.js';

// EDGE: how a long-running process (the bot, the studio) ends when its start-up does: with the exit code start-up
// returned (none while it serves), or, when start-up throws (a busy port, an unreadable DATA_DIR), with one redacted
// line and exit 1, never a stack trace.

export function runUntilStopped(main: () => Promise<number | undefined>, name: string): void {
  main().then(
    (code) => {
      if (code !== undefined) process.exit(code);
    },
    (error: unknown) => {
      const message = redact(error instanceof Error ? error.message : String(error));
      process.stderr.write(`${name} could not start: ${String(message)}\n`);
      process.exit(1);
    },
  );
}
