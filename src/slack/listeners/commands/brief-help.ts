import { describeServed } from '../../../briefings/summarise.js';
import { topicsAcross } from '../../../briefings/topics.js';
import { renderHelpBlocks } from '../../../render/help.js';
import type { SubcommandInput } from './subcommand.js';

const EXAMPLE_COUNT = 3;

/** `/brief help` (and a bare `/brief`): usage generated from the subcommand table. */
export async function briefHelpCallback({ respond, deps, usage }: SubcommandInput): Promise<void> {
  const catalogue = deps.briefings.current();
  const examples = topicsAcross(catalogue, EXAMPLE_COUNT, 'examples').map((topic) => `/brief ${topic.question}`);
  await respond({ response_type: 'ephemeral', ...renderHelpBlocks(describeServed(catalogue), usage, examples) });
}
