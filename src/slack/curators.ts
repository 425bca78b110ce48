import type { BotDeps } from './deps.js';

// CURATORS: the Slack users who may add and remove briefings. Unset (or no curating at all) means nobody.

export function isCurator(deps: Pick<BotDeps, 'curating'>, userId: string): boolean {
  return deps.curating?.curators.includes(userId) ?? false;
}

export function hasCurators(deps: Pick<BotDeps, 'curating'>): boolean {
  return (deps.curating?.curators.length ?? 0) > 0;
}
