import type { Figure } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import type { RenderedChart } from '../render/chart-png.js';
import type { Store } from '../store/store.js';
import type { Html } from './html.js';
import type { PageFrame } from './pages/layout.js';
import type { StudioBriefings } from './studio-briefings.js';

// The shapes between the HTTP edge (server.ts) and the handlers: a parsed request in, a response value out, so a
// handler never touches a socket and can be called directly.

/** The part of the store the studio uses: the curator logs to read, and its own record of what was handled. */
export type CuratorLog = Pick<Store, 'listUnanswered' | 'listFeedback' | 'listHandled' | 'recordHandled'>;

export type StudioDeps = {
  briefings: StudioBriefings;
  store: CuratorLog;
  logger: Logger;
  nowMs: () => number;
  renderChart: (figures: readonly Figure[]) => Promise<RenderedChart | null>;
};

export type StudioRequest = {
  method: 'GET' | 'POST';
  path: string;
  /** Path parameters the route matched (briefing and entry ids, already checked to be kebab-case). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The urlencoded body of a POST; empty for a GET. */
  form: URLSearchParams;
  /** The CSRF token forms on the page must carry. */
  csrf: string;
  /** The frame bits the server knows (sign-out needs the CSRF token when the studio has a token). */
  frame: Pick<PageFrame, 'signOut'>;
};

export type StudioResponse = { kind: 'page'; status?: number; html: Html } | { kind: 'redirect'; location: string };

export type Handler = (request: StudioRequest, deps: StudioDeps) => Promise<StudioResponse>;

export const page = (html: Html, status = 200): StudioResponse => ({ kind: 'page', status, html });
export const redirect = (location: string): StudioResponse => ({ kind: 'redirect', location });
