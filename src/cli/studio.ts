import { config as loadDotenv } from 'dotenv';
import { createLogger } from '../log.js';
import { runUntilStopped } from '../run-until-stopped.js';
import { startStudio } from '../studio/start-studio.js';
import { formatStudioConfigProblems, parseStudioConfig } from '../studio/studio-config.js';

// `npm run studio`: the curator studio on 127.0.0.1:4100 (docs/studio.md). Environment in, exit code out: a bad
// setting or a busy port prints one clear message and exits 1; SIGINT/SIGTERM stop it and exit 0.

const USAGE = `usage: npm run studio
Serves the curator studio (docs/studio.md) on STUDIO_HOST:STUDIO_PORT (127.0.0.1:4100 by default), over the packs of
KNOWLEDGE_DIR (or PACK_DIR) and the store of DATA_DIR (or REDIS_URL). Another host needs STUDIO_TOKEN.`;

async function main(): Promise<number | undefined> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`unexpected argument "${args[0]}"\n${USAGE}\n`);
    return 2;
  }
  loadDotenv({ quiet: true });
  const parsed = parseStudioConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${formatStudioConfigProblems(parsed.error.problems)}\n`);
    return 1;
  }
  const config = parsed.value;
  const logger = createLogger({ level: config.LOG_LEVEL });
  const started = await startStudio(config, logger);
  if (!started.ok) {
    process.stderr.write(`${started.error.message}\n`);
    return 1;
  }
  const studio = started.value;
  process.stdout.write(
    `Briefing Bot studio: ${studio.url}${config.STUDIO_TOKEN ? ' (sign in with STUDIO_TOKEN)' : ''}\n`,
  );
  const stop = () => {
    studio.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
}

runUntilStopped(main, 'The studio');
