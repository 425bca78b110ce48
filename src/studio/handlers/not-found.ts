import { html } from '../html.js';
import { layout, messagePage } from '../pages/layout.js';
import { page, type StudioDeps, type StudioRequest, type StudioResponse } from '../studio-http.js';
import { frameFor } from './frame.js';

export async function notFound(
  request: StudioRequest,
  deps: StudioDeps,
  heading = 'Not found',
): Promise<StudioResponse> {
  const frame = await frameFor(request, deps, heading, null);
  return page(
    messagePage(frame, heading, 'There is nothing at this address: the briefing or entry may have been renamed.'),
    404,
  );
}

/** A one-click action that could not be done: why, and nothing written. */
export async function refused(request: StudioRequest, deps: StudioDeps, message: string): Promise<StudioResponse> {
  const frame = await frameFor(request, deps, 'Not saved', null);
  return page(
    layout(
      frame,
      html`<h1>Not saved</h1><div role="alert">${message.includes('\n') ? html`<pre class="report">${message}</pre>` : html`<p>${message}</p>`}</div><p>Nothing was written.</p><p><a href="/inbox">Back to the list</a></p>`,
    ),
    409,
  );
}
