import { askQuestion } from '../../ask-question.js';
import { renderOutcome } from '../../render-outcome.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief <question>`: the answer goes only to the asker, with a button to share it in the channel. */
export async function briefAskCallback({ rest, command, respond, deps, recovered }: SubcommandInput): Promise<void> {
  const outcome = await askQuestion(deps, {
    userId: command.user_id,
    text: rest,
    via: 'command',
    channel: command.channel_id,
    recovered,
  });
  const message = renderOutcome(outcome, deps, { share: true, showQuestion: true });
  await respond({ response_type: 'ephemeral', ...message });
}
