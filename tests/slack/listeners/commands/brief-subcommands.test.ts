import { describe, expect, it } from 'vitest';
import { briefAskCallback } from '../../../../src/slack/listeners/commands/brief-ask.js';
import { briefFactsCallback } from '../../../../src/slack/listeners/commands/brief-facts.js';
import { briefHelpCallback } from '../../../../src/slack/listeners/commands/brief-help.js';
import { listBriefUsage, routeBrief } from '../../../../src/slack/listeners/commands/brief-subcommands.js';

describe('Routing /brief', () => {
  it('sends an empty /brief and /brief help to help', () => {
    expect(routeBrief('').run).toBe(briefHelpCallback);
    expect(routeBrief('  HELP ').run).toBe(briefHelpCallback);
  });

  it('passes the words after a subcommand name on as its argument', () => {
    expect(routeBrief('facts  tiktok shop')).toEqual({ run: briefFactsCallback, rest: 'tiktok shop' });
  });

  it('treats anything else as a question, matching subcommands on the whole first word only', () => {
    expect(routeBrief('factsheet please').run).toBe(briefAskCallback);
    expect(routeBrief('How big is Temu?')).toEqual({ run: briefAskCallback, rest: 'How big is Temu?' });
  });

  it('does not route object-prototype names like "constructor" anywhere but the question path', () => {
    expect(routeBrief('constructor').run).toBe(briefAskCallback);
  });

  it('lists every form in help, the question form first', () => {
    expect(listBriefUsage().map((u) => u.usage)).toEqual([
      '/brief <question>',
      '/brief help',
      '/brief facts [topic]',
      '/brief sources',
      '/brief use <briefing> | all',
      '/brief digest',
      '/brief chart <topic>',
      '/brief add',
      '/brief remove <briefing>',
    ]);
  });
});
