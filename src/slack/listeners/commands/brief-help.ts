import { renderHelpBlocks } from '../../../render/help.js';
import type { SubcommandInput } from './subcommand.js';

const EXAMPLE_COUNT = 3;

/** `/brief help` (and a bare `/brief`): usage generated from the subcommand table. */
export async function briefHelpCallback({ respond, deps }: SubcommandInput): Promise<void> {
  // Imported lazily: the table imports this file, and help only needs the table at call time.
  const { BRIEF_SUBCOMMANDS, BRIEF_ASK_HELP } = await import('./brief-subcommands.js');
  const commands = [BRIEF_ASK_HELP, ...Object.values(BRIEF_SUBCOMMANDS)];
  const examples = deps.engine.topics(EXAMPLE_COUNT).map((topic) => `/brief ${topic.question}`);
  await respond({ response_type: 'ephemeral', ...renderHelpBlocks(deps.engine.pack.meta.title, commands, examples) });
}
