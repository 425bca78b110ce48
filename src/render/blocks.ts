import type { types } from '@slack/bolt';
import type { Reply, Suggestion } from '../answer/reply.js';
import type { Citation, Figure, Source } from '../knowledge/schema.js';
import { ACTION_IDS, BLOCK_IDS } from './action-ids.js';
import { encodeAnswerRef } from './button-value.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { citedFrom, formatAttribution, formatFigureValue } from './figure.js';
import { MESSAGES } from './messages.js';
import { renderFallbackText } from './text.js';

// Reply -> Block Kit. Pure: the listener decides where the message goes and passes what it knows as options.
// Slack's limits shape the code: 3,000 characters per section, 10 fields per section, 75 characters per
// button label, 50 blocks per message.

export type Block = types.KnownBlock;
export type SlackMessage = { blocks: Block[]; text: string };

/** A suggestion may name its briefing (several are served), so its button answers from that one. */
export type OfferedSuggestion = Suggestion & { pack?: string };

/** Another briefing that answers the same question: "Also in: <title>". */
export type AlsoInOffer = { pack: string; title: string; entryId: string; question: string };

/** What render reads of a reply: the engine's Reply, or a routed one naming its briefing and others that answer. */
export type RenderableReply = Omit<Reply, 'suggestions'> & {
  suggestions: readonly OfferedSuggestion[];
  pack?: string | null;
  alsoIn?: readonly AlsoInOffer[];
};

/** The briefing a reply comes from, named in its citation lines. */
export type BriefingLabel = { title: string; date: string | null };

export type ReplyRenderOptions = {
  sources: Pick<Source, 'id' | 'title'>[];
  /** The reply's briefing: its title and date go in each citation line. */
  briefing?: BriefingLabel;
  /** Topics to offer when the reply answers nothing and brings no suggestions of its own. */
  topics?: readonly OfferedSuggestion[];
  /** Add the "Share in channel" button (the ephemeral /brief reply). */
  share?: boolean;
  /** Show the question above the answer: "You asked" privately, "<@user> asked" once shared. */
  showQuestion?: boolean;
  askedBy?: string;
  /** The user whose vote was just recorded. */
  thankedUser?: string;
};

const SECTION_LIMIT = 3000;
const FIELDS_PER_SECTION = 10;
const BUTTON_LABEL_LIMIT = 75;
const MAX_BUTTONS = 5;
const MAX_CITATIONS = 5;
const MAX_BLOCKS = 50;
const QUESTION_PREVIEW = 500;

export function renderReplyBlocks(reply: RenderableReply, options: ReplyRenderOptions): SlackMessage {
  const blocks: Block[] = [];
  if (options.showQuestion || options.askedBy) blocks.push(questionBlock(reply.question, options.askedBy));
  blocks.push(...textSections(reply.answer));

  if (reply.reason === 'hedged') {
    blocks.push(context(MESSAGES.hedged));
    blocks.push(...suggestionButtons(reply.suggestions, reply.question, reply.pack));
  }
  if (reply.reason === 'which_briefing') {
    // The answer itself asks "which briefing?": the buttons, one per briefing, are the choices.
    blocks.push(...suggestionButtons(reply.suggestions, reply.question, reply.pack));
  } else if (!reply.answered) {
    const offers = reply.suggestions.length > 0 ? reply.suggestions : (options.topics ?? []);
    if (offers.length > 0) {
      blocks.push(context(MESSAGES.notCoveredTopics));
      blocks.push(...suggestionButtons(offers, reply.question, reply.pack));
    }
  }
  blocks.push(...figureSections(reply.figures));
  for (const citation of reply.citations.slice(0, MAX_CITATIONS))
    blocks.push(citationBlock(citation, options.sources, options.briefing));
  if (reply.answered && reply.alsoIn && reply.alsoIn.length > 0)
    blocks.push(alsoInButtons(reply.alsoIn, reply.question));
  if (reply.answered) blocks.push(feedbackActions(reply, options.share ?? false));
  if (options.thankedUser) blocks.push(thanksBlock(options.thankedUser));

  return { blocks: blocks.slice(0, MAX_BLOCKS), text: renderFallbackText(reply) };
}

/** A plain notice (too long, rate limited, apology): one section, same text as fallback. */
export function renderNoticeBlocks(message: string): SlackMessage {
  return { blocks: [section(message)], text: message };
}

/** Replaces (or adds) the thank-you line under the feedback buttons of a message Slack handed back to us. */
export function withThanks(blocks: Block[], userId: string): Block[] {
  const kept = blocks.filter((block) => block.block_id !== BLOCK_IDS.feedbackThanks);
  const at = kept.findIndex((block) => block.block_id === BLOCK_IDS.feedback);
  const thanks = thanksBlock(userId);
  if (at === -1) return [...kept, thanks];
  return [...kept.slice(0, at + 1), thanks, ...kept.slice(at + 1)];
}

function questionBlock(question: string, askedBy: string | undefined): Block {
  const who = askedBy ? `<@${escapeMrkdwn(askedBy)}> asked` : 'You asked';
  return section(`*${who}:* ${escapeMrkdwn(truncate(question.replace(/\s+/g, ' ').trim(), QUESTION_PREVIEW))}`);
}

function textSections(text: string): Block[] {
  const escaped = escapeMrkdwn(text);
  const sections: Block[] = [];
  for (let start = 0; start < escaped.length; start += SECTION_LIMIT) {
    sections.push(section(escaped.slice(start, start + SECTION_LIMIT)));
  }
  return sections.length > 0 ? sections : [section(' ')];
}

function suggestionButtons(
  suggestions: readonly OfferedSuggestion[],
  question: string,
  pack: string | null | undefined,
): Block[] {
  if (suggestions.length === 0) return [];
  return [
    {
      type: 'actions',
      elements: suggestions.slice(0, MAX_BUTTONS).map((suggestion, index) => ({
        type: 'button',
        action_id: `${ACTION_IDS.didYouMean}:${index}`,
        text: { type: 'plain_text', text: truncate(suggestion.question, BUTTON_LABEL_LIMIT) },
        value: encodeAnswerRef({ entryId: suggestion.id, question, pack: suggestion.pack ?? pack }),
      })),
    },
  ];
}

/** "Also in: <briefing>": the same question answered from another briefing, one click away. */
function alsoInButtons(offers: readonly AlsoInOffer[], question: string): Block {
  return {
    type: 'actions',
    block_id: BLOCK_IDS.alsoIn,
    elements: offers.slice(0, MAX_BUTTONS).map((offer, index) => ({
      type: 'button',
      action_id: `${ACTION_IDS.alsoIn}:${index}`,
      text: { type: 'plain_text', text: truncate(MESSAGES.alsoIn(offer.title), BUTTON_LABEL_LIMIT) },
      value: encodeAnswerRef({ entryId: offer.entryId, question, pack: offer.pack }),
    })),
  };
}

function figureSections(figures: Figure[]): Block[] {
  const fields = figures.map((figure) => ({
    type: 'mrkdwn' as const,
    text: truncate(
      `*${escapeMrkdwn(figure.label)}*\n${escapeMrkdwn(formatFigureValue(figure))}\n_${escapeMrkdwn(formatAttribution(figure))}_`,
      2000,
    ),
  }));
  const sections: Block[] = [];
  for (let start = 0; start < fields.length; start += FIELDS_PER_SECTION) {
    sections.push({ type: 'section', fields: fields.slice(start, start + FIELDS_PER_SECTION) });
  }
  return sections;
}

function citationBlock(
  citation: Citation,
  sources: Pick<Source, 'id' | 'title'>[],
  briefing: BriefingLabel | undefined,
): Block {
  return context(`> “${escapeMrkdwn(citation.quote)}”\n— ${escapeMrkdwn(citedFrom(citation, sources, briefing))}`);
}

function feedbackActions(reply: RenderableReply, share: boolean): Block {
  const value = encodeAnswerRef({ entryId: reply.entryId, question: reply.question, pack: reply.pack });
  const elements: types.Button[] = [
    { type: 'button', action_id: ACTION_IDS.feedbackUp, text: { type: 'plain_text', text: '👍', emoji: true }, value },
    {
      type: 'button',
      action_id: ACTION_IDS.feedbackDown,
      text: { type: 'plain_text', text: '👎', emoji: true },
      value,
    },
  ];
  if (share) {
    elements.push({
      type: 'button',
      action_id: ACTION_IDS.share,
      style: 'primary',
      text: { type: 'plain_text', text: MESSAGES.shareButton },
      value,
    });
  }
  return { type: 'actions', block_id: BLOCK_IDS.feedback, elements };
}

function thanksBlock(userId: string): Block {
  return {
    type: 'context',
    block_id: BLOCK_IDS.feedbackThanks,
    elements: [{ type: 'mrkdwn', text: MESSAGES.thanks(userId) }],
  };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_LIMIT) } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_LIMIT) }] };
}
