import { briefingStats } from '../briefing-stats.js';
import { briefingsPage } from '../pages/briefings-page.js';
import { layout } from '../pages/layout.js';
import { type Handler, page } from '../studio-http.js';
import { frameFor } from './frame.js';
import { readInbox } from './read-inbox.js';

export const showBriefings: Handler = async (request, deps) => {
  const { briefings, failed } = await deps.briefings.list();
  const inbox = await readInbox(deps, briefings);
  const cards = briefings.map((briefing) => {
    const mine = inbox.filter((item) => item.briefing?.id === briefing.id);
    const waiting = {
      unanswered: mine.filter((item) => item.unanswered > 0).length,
      thumbsDown: mine.filter((item) => item.thumbsDown > 0).length,
    };
    const { pack } = briefing;
    return {
      id: briefing.id,
      title: pack.meta.title,
      description: pack.meta.description,
      stats: briefingStats(pack, waiting),
    };
  });
  const frame = { ...(await frameFor(request, deps, 'Briefings', 'briefings')), waiting: inbox.length };
  return page(layout(frame, briefingsPage(cards, failed)));
};
