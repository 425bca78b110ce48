import type { webApi } from '@slack/bolt';
import { smallTalkOf } from '../briefings/small-talk.js';
import { renderNoticeBlocks } from '../render/blocks.js';
import { renderHelpBlocks } from '../render/help.js';
import { MESSAGES } from '../render/messages.js';
import { askQuestion, type Question } from './ask-question.js';
import type { BotDeps } from './deps.js';
import { listBriefUsage } from './listeners/commands/brief-subcommands.js';
import { type PostTarget, postAnswer } from './post-answer.js';
import { renderOutcome } from './render-outcome.js';

/**
 * Asks the engine and posts the answer publicly (a mention's thread, a DM); if anything fails, logs it and posts an
 * apology where the answer would have gone. Mentions and DMs differ only in where they post and what they log.
 */
export async function answerAndPost(
  client: webApi.WebClient,
  deps: BotDeps,
  target: PostTarget,
  question: Question & { via: 'mention' | 'dm' | 'thread' },
  failure: { message: string; fields?: Record<string, unknown> },
): Promise<void> {
  try {
    const talk = smallTalkOf(() => deps.briefings.current(), question.text);
    if (talk) {
      const message =
        talk.kind === 'help'
          ? renderHelpBlocks(talk.served, listBriefUsage(), talk.examples)
          : renderNoticeBlocks(MESSAGES.welcome);
      await postAnswer(client, deps, target, message);
      return;
    }
    const outcome = await askQuestion(deps, { ...question, channel: target.channel });
    const reply = outcome.kind === 'reply' ? outcome.reply : undefined;
    await postAnswer(client, deps, target, renderOutcome(outcome, deps), reply);
  } catch (error) {
    deps.logger.error(failure.message, { error, ...failure.fields });
    await postAnswer(client, deps, target, renderNoticeBlocks(MESSAGES.apology)).catch((inner) =>
      deps.logger.error('could not post the apology', { error: inner }),
    );
  }
}
