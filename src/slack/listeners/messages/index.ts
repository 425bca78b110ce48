import type { App } from '@slack/bolt';
import type { BotContext } from '../../deps.js';
import { directMessageCallback } from './direct-message.js';
import { fileShareMessageCallback } from './file-share-message.js';
import { threadMessageCallback } from './thread-message.js';

export function register(app: App<BotContext>): void {
  app.message(directMessageCallback);
  app.message(threadMessageCallback);
  app.message(fileShareMessageCallback);
}
