import type { Block } from '../render/blocks.js';
import { type Html, html } from './html.js';
import { mrkdwnToHtml } from './mrkdwn-html.js';

// Block Kit blocks -> HTML shaped like Slack's message view: sections (text and two-column fields), context lines,
// action buttons, headers, dividers and images. Pure. The preview is rendered from the very blocks the bot would post
// (render/blocks.ts), so what a curator sees is what Slack gets. Buttons are shown, not wired: a preview changes
// nothing, so they are plain labels for a screen reader too, listed under "Buttons".

type TextObject = { type: 'mrkdwn' | 'plain_text'; text: string };
type Element = { type: string; text?: TextObject | string; image_url?: string; alt_text?: string; style?: string };

export function renderBlocksHtml(blocks: readonly Block[]): Html {
  return html`<div class="slack-blocks">${blocks.map(renderBlock)}</div>`;
}

function renderBlock(block: Block): Html {
  switch (block.type) {
    case 'section': {
      const fields = (block.fields ?? []) as TextObject[];
      return html`<div class="slack-section">${block.text ? textObject(block.text as TextObject) : ''}${
        fields.length > 0
          ? html`<div class="slack-fields">${fields.map((f) => html`<div class="slack-field">${textObject(f)}</div>`)}</div>`
          : ''
      }</div>`;
    }
    case 'context':
      return html`<div class="slack-context">${(block.elements as Element[]).map(contextElement)}</div>`;
    case 'actions': {
      const elements = block.elements as Element[];
      return html`<ul class="slack-actions" aria-label="Buttons">${elements.map(
        (e) =>
          html`<li class="slack-button${e.style === 'primary' ? ' slack-button-primary' : ''}">${
            typeof e.text === 'object' ? e.text.text : (e.text ?? e.type)
          }</li>`,
      )}</ul>`;
    }
    case 'header':
      return html`<p class="slack-header">${(block.text as TextObject).text}</p>`;
    case 'divider':
      return html`<hr class="slack-divider">`;
    case 'image':
      return html`<img class="slack-image" src="${safeImage((block as Element).image_url ?? '')}" alt="${block.alt_text}">`;
    default:
      return html`<p class="slack-unsupported">(a ${block.type} block)</p>`;
  }
}

function contextElement(element: Element): Html {
  if (element.type === 'image')
    return html`<img class="slack-context-image" src="${safeImage(element.image_url ?? '')}" alt="${element.alt_text}">`;
  return html`<span class="slack-context-text">${textObject(element as unknown as TextObject)}</span>`;
}

function textObject(text: TextObject): Html {
  return text.type === 'mrkdwn' ? mrkdwnToHtml(text.text) : html`${text.text}`;
}

/** Only https images (what Slack accepts) and inline data; anything else shows as nothing. */
function safeImage(url: string): string {
  return /^(?:https:\/\/|data:image\/png;base64,)/i.test(url) ? url : '';
}
