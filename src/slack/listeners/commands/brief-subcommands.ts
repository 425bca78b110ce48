import type { CommandHelp } from '../../../render/help.js';
import { briefAddCallback } from './brief-add.js';
import { briefAskCallback } from './brief-ask.js';
import { briefChartCallback } from './brief-chart.js';
import { briefDigestCallback } from './brief-digest.js';
import { briefFactsCallback } from './brief-facts.js';
import { briefHelpCallback } from './brief-help.js';
import { briefRemoveCallback } from './brief-remove.js';
import { briefSourcesCallback } from './brief-sources.js';
import { briefUseCallback } from './brief-use.js';
import type { Subcommand } from './subcommand.js';

// `/brief <first word> ...` routes here; anything that is not a subcommand name is a question.
// To add a subcommand (digest, chart <topic>), add one line and one file; help lists it automatically.
export const BRIEF_SUBCOMMANDS: Record<string, Subcommand> = {
  help: { usage: '/brief help', description: 'shows this message', run: briefHelpCallback },
  facts: {
    usage: '/brief facts [topic]',
    description: 'lists the key figures, with who stated them',
    run: briefFactsCallback,
  },
  sources: {
    usage: '/brief sources',
    description: 'lists the briefings I answer from, newest first',
    run: briefSourcesCallback,
  },
  use: {
    usage: '/brief use <briefing> | all',
    description: "makes a briefing this channel's default (tried first); `all` clears it",
    run: briefUseCallback,
  },
  digest: { usage: '/brief digest', description: "previews today's digest, only to you", run: briefDigestCallback },
  chart: {
    usage: '/brief chart <topic>',
    description: 'posts a chart of the figures on a topic',
    run: briefChartCallback,
  },
  add: {
    usage: '/brief add',
    description: 'curators: makes a briefing of the next file you share here (or share one with me in a DM)',
    run: briefAddCallback,
  },
  remove: {
    usage: '/brief remove <briefing>',
    description: 'curators: takes a briefing down',
    run: briefRemoveCallback,
  },
};

/** Usage of every /brief form, the question form first. */
export function listBriefUsage(): CommandHelp[] {
  const ask = { usage: '/brief <question>', description: 'answers privately, with a button to share' };
  return [ask, ...Object.values(BRIEF_SUBCOMMANDS).map(({ usage, description }) => ({ usage, description }))];
}

/** The subcommand for a command's text, and the text after its name; an empty `/brief` is help. */
export function routeBrief(text: string): { run: Subcommand['run']; rest: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { run: briefHelpCallback, rest: '' };
  const [first = '', ...others] = trimmed.split(/\s+/);
  const subcommand = Object.hasOwn(BRIEF_SUBCOMMANDS, first.toLowerCase())
    ? BRIEF_SUBCOMMANDS[first.toLowerCase()]
    : undefined;
  if (subcommand) return { run: subcommand.run, rest: trimmed.slice(first.length).trim() || others.join(' ') };
  return { run: briefAskCallback, rest: trimmed };
}
