import { buildInbox } from '../inbox.js';
import type { PageFrame, Section } from '../pages/layout.js';
import type { StudioDeps, StudioRequest } from '../studio-http.js';

/** The page frame with the number of questions waiting, read from the store for the navigation. */
export async function frameFor(
  request: StudioRequest,
  deps: StudioDeps,
  title: string,
  section: Section | null,
): Promise<PageFrame> {
  const [unanswered, feedback, handled] = await Promise.all([
    deps.store.listUnanswered(),
    deps.store.listFeedback(),
    deps.store.listHandled(),
  ]);
  return { title, section, waiting: buildInbox(unanswered, feedback, handled).length, ...request.frame };
}
