import type { SlashCommand, webApi } from '@slack/bolt';
import type { CommandHelp } from '../../../render/help.js';
import type { BotDeps } from '../../deps.js';
import type { FittedRespond } from '../../send-message.js';

/** One `/brief <name> ...` subcommand: `rest` is the text after the name. */
export type Subcommand = {
  usage: string;
  description: string;
  run(input: SubcommandInput): Promise<void>;
};

export type SubcommandInput = {
  rest: string;
  command: SlashCommand;
  respond: FittedRespond;
  client: webApi.WebClient;
  deps: BotDeps;
  /** Usage of every /brief form, for help. */
  usage: CommandHelp[];
  /** Asked before a crash and answered now (see ask-question.ts). */
  recovered: boolean;
};
