import type { App } from '@slack/bolt';
import type { BotContext } from '../../deps.js';
import { directMessageCallback } from './direct-message.js';

export function register(app: App<BotContext>): void {
  app.message(directMessageCallback);
}
