import type { App } from '@slack/bolt';
import type { BotContext } from '../../deps.js';
import { appHomeOpenedCallback } from './app-home-opened.js';
import { appMentionCallback } from './app-mention.js';
import { fileSharedCallback } from './file-shared.js';

export function register(app: App<BotContext>): void {
  app.event('app_mention', appMentionCallback);
  app.event('app_home_opened', appHomeOpenedCallback);
  app.event('file_shared', fileSharedCallback);
}
