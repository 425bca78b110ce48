import { askPage } from '../pages/ask-page.js';
import { layout } from '../pages/layout.js';
import { type Handler, page } from '../studio-http.js';
import { frameFor } from './frame.js';
import { previewReply } from './preview-reply.js';

const NOTICES: Record<string, (entry: string) => string> = {
  alternate: (entry) => `Added as an alternate of entry ${entry}. Asked again, the bot now replies:`,
  not_stated: (detail) =>
    `Recorded as a detail the article does not give (${detail}). Asked again, the bot now replies:`,
};

export const ask: Handler = async (request, deps) => {
  const { briefings } = await deps.briefings.list();
  const question = request.query.get('q') ?? '';
  const wanted = request.query.get('briefing') || briefings[0]?.id;
  const briefing = briefings.find((b) => b.id === wanted);
  const fixed = request.query.get('fixed') ?? '';
  const target = request.query.get('target') ?? '';
  const frame = await frameFor(request, deps, question ? `Ask: ${question}` : 'Ask', 'ask');
  const view = {
    briefings: briefings.map((b) => ({ id: b.id, title: b.pack.meta.title })),
    selected: briefing?.id,
    question,
    notice: NOTICES[fixed] && /^[a-z0-9-]+$/.test(target) ? NOTICES[fixed](target) : undefined,
  };
  if (question.trim() === '') return page(layout(frame, askPage(view)));
  if (!briefing)
    return page(layout(frame, askPage({ ...view, problem: `There is no briefing "${wanted ?? ''}".` })), 404);
  return page(layout(frame, askPage({ ...view, result: await previewReply(deps, briefing, question) })));
};
