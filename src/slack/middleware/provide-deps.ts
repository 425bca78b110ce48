import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { BotContext, BotDeps } from '../deps.js';

/** Global middleware: puts the bot's dependencies on every request's context for the listeners. */
export function provideDeps(deps: BotDeps): Middleware<AnyMiddlewareArgs, BotContext> {
  return async ({ context, next }) => {
    context.deps = deps;
    await next();
  };
}
