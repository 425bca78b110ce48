import type { App } from '@slack/bolt';
import type { BotContext } from '../deps.js';
import { register as registerActions } from './actions/index.js';
import { register as registerCommands } from './commands/index.js';
import { register as registerEvents } from './events/index.js';
import { register as registerMessages } from './messages/index.js';

export function registerListeners(app: App<BotContext>): void {
  registerEvents(app);
  registerMessages(app);
  registerCommands(app);
  registerActions(app);
}
