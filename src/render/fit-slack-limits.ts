import type { types } from '@slack/bolt';
import { truncate } from './escape.js';

// The one check every message and view passes before it goes to Slack (see slack/send-message.ts): Slack refuses a
// whole message when one part is over a limit (`invalid_blocks`, `msg_too_long`, `msg_blocks_too_long`), and the
// person then sees nothing at all. Renderers already aim to stay inside these limits; this is the guarantee, for
// whatever reaches it (echoed user text above all): over-long text is cut with an ellipsis, surplus elements are
// dropped. Pure: a new message comes back, the argument is left as it is.

/** Block Kit limits (https://api.slack.com/reference/block-kit/blocks and .../block-elements, /methods/chat.postMessage). */
export const SLACK_LIMITS = {
  messageText: 40_000,
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  imageAltText: 2000,
  imageUrl: 3000,
  /**
   * All text in one message's blocks together. Undocumented for section blocks, but Slack answers
   * `msg_blocks_too_long` past about 12,000 characters of block text (slackapi/bolt-js#2509, #2867); kept below it.
   */
  blocksText: 11_000,
} as const;

type Block = types.KnownBlock | types.Block;
type TextObject = { type: string; text: string; [key: string]: unknown };
type Message = { text?: string; blocks?: readonly Block[] };

/** A message (chat.postMessage, chat.update, respond) within Slack's limits; other fields are kept as they are. */
export function fitMessage<M extends Message>(message: M): M {
  const fitted = { ...message };
  if (typeof fitted.text === 'string') fitted.text = fitText(fitted.text, SLACK_LIMITS.messageText);
  if (fitted.blocks) fitted.blocks = fitBlocks(fitted.blocks, SLACK_LIMITS.blocksPerMessage);
  return fitted;
}

/** A view (views.publish: App Home) within Slack's limits. */
export function fitView<V extends { blocks: readonly Block[] }>(view: V): V {
  return { ...view, blocks: fitBlocks(view.blocks, SLACK_LIMITS.blocksPerView) };
}

function fitBlocks(blocks: readonly Block[], maxBlocks: number): Block[] {
  const fitted = blocks.slice(0, maxBlocks).map((block) => fitBlock(structuredClone(block)));
  shrinkToBudget(fitted);
  return fitted;
}

function fitBlock(block: Block): Block {
  const b = block as unknown as Record<string, unknown>;
  if (typeof b.block_id === 'string') b.block_id = b.block_id.slice(0, SLACK_LIMITS.blockId);
  switch (block.type) {
    case 'section': {
      fitTextObject(b.text, SLACK_LIMITS.sectionText);
      if (Array.isArray(b.fields)) {
        b.fields = b.fields.slice(0, SLACK_LIMITS.sectionFields);
        for (const field of b.fields as unknown[]) fitTextObject(field, SLACK_LIMITS.fieldText);
      }
      if (b.accessory) fitElement(b.accessory);
      break;
    }
    case 'header':
      fitTextObject(b.text, SLACK_LIMITS.headerText);
      break;
    case 'context':
      if (Array.isArray(b.elements)) {
        b.elements = b.elements.slice(0, SLACK_LIMITS.contextElements);
        for (const element of b.elements as unknown[]) {
          fitTextObject(element, SLACK_LIMITS.contextText);
          fitElement(element);
        }
      }
      break;
    case 'actions':
      if (Array.isArray(b.elements)) {
        b.elements = b.elements.slice(0, SLACK_LIMITS.actionsElements);
        for (const element of b.elements as unknown[]) fitElement(element);
      }
      break;
    case 'image':
      fitElement(b);
      fitTextObject(b.title, SLACK_LIMITS.fieldText);
      break;
  }
  return block;
}

/** Buttons and images, the interactive and image elements the bot uses. */
function fitElement(element: unknown): void {
  if (!isRecord(element)) return;
  if (typeof element.action_id === 'string') element.action_id = element.action_id.slice(0, SLACK_LIMITS.actionId);
  if (element.type === 'button') {
    fitTextObject(element.text, SLACK_LIMITS.buttonText);
    // A value is read back by the bot, never shown: a cut one no longer decodes, and the click says the topic is gone.
    if (typeof element.value === 'string') element.value = element.value.slice(0, SLACK_LIMITS.buttonValue);
    if (typeof element.url === 'string' && element.url.length > SLACK_LIMITS.buttonUrl) delete element.url;
  }
  if (element.type === 'image') {
    if (typeof element.alt_text === 'string') element.alt_text = fitText(element.alt_text, SLACK_LIMITS.imageAltText);
    if (typeof element.image_url === 'string' && element.image_url.length > SLACK_LIMITS.imageUrl)
      element.image_url = element.image_url.slice(0, SLACK_LIMITS.imageUrl);
  }
}

function fitTextObject(value: unknown, max: number): void {
  if (isTextObject(value)) value.text = fitText(value.text, max);
}

/** Cut with an ellipsis; never empty (Slack refuses an empty text object). */
function fitText(text: string, max: number): string {
  return text === '' ? ' ' : truncate(text, max);
}

/**
 * Keeps the blocks' text together under the budget by capping the longest texts at one length (the largest cap that
 * fits), so every block, the buttons above all, stays and only the longest passages lose their ends.
 */
function shrinkToBudget(blocks: Block[]): void {
  const texts = blocks.flatMap(textObjectsOf);
  const total = (cap: number) => texts.reduce((sum, t) => sum + Math.min(t.text.length, cap), 0);
  if (total(Number.POSITIVE_INFINITY) <= SLACK_LIMITS.blocksText) return;
  let low = 1;
  let high = Math.max(...texts.map((t) => t.text.length));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (total(mid) <= SLACK_LIMITS.blocksText) low = mid;
    else high = mid - 1;
  }
  for (const t of texts) t.text = fitText(t.text, low);
}

function textObjectsOf(block: Block): TextObject[] {
  const found: TextObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (isRecord(value)) {
      if (isTextObject(value)) found.push(value);
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(block);
  return found;
}

function isTextObject(value: unknown): value is TextObject {
  return isRecord(value) && (value.type === 'mrkdwn' || value.type === 'plain_text') && typeof value.text === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
