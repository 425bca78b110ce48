import type { App } from '@slack/bolt';
import type { BotContext } from '../../deps.js';
import { briefCommandCallback } from './brief.js';

export function register(app: App<BotContext>): void {
  app.command('/brief', briefCommandCallback);
}
