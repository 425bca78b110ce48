import { config as loadDotenv } from 'dotenv';
import { formatConfigProblems, parseConfig } from './config.js';
import { createLogger } from './log.js';
import { runUntilStopped } from './run-until-stopped.js';
import { startBot } from './start-bot.js';

// Composition root and process edge: environment in, exit code out. Expected failures (bad config, invalid pack)
// print one clear message and exit 1 without a stack trace; SIGTERM/SIGINT drain in-flight work and exit 0.

async function main(): Promise<number | undefined> {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${formatConfigProblems(parsed.error.problems)}\n`);
    return 1;
  }
  const config = parsed.value;
  const logger = createLogger({ level: config.LOG_LEVEL });
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason }));

  const started = await startBot(config, logger);
  if (!started.ok) {
    process.stderr.write(`${started.error.message}\n`);
    return 1;
  }
  const bot = started.value;
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('error during shutdown', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return undefined;
}

runUntilStopped(main, 'Briefing Bot');
