import { type Html, html } from '../html.js';

// The page shell every studio page shares: a skip link, the site header with its navigation (the current page marked
// for screen readers), then the page's own main content. No inline script or style: the CSP allows only our files.

export type Section = 'briefings' | 'ask' | 'inbox';

export type PageFrame = {
  title: string;
  section: Section | null;
  /** Questions waiting in the curator's list, shown in the navigation. */
  waiting?: number;
  /** The sign-out form needs the CSRF token; absent when the studio has no token (nothing to sign out of). */
  signOut?: { csrf: string };
};

export function layout(frame: PageFrame, main: Html): Html {
  const link = (section: Section, href: string, label: Html | string) =>
    html`<li><a href="${href}"${frame.section === section ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · Briefing Bot studio</title>
<link rel="stylesheet" href="/assets/studio.css">
<script src="/assets/studio.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <p class="site-name"><a href="/">Briefing Bot studio</a></p>
  <nav aria-label="Studio">
    <ul>
      ${link('briefings', '/', 'Briefings')}
      ${link('ask', '/ask', 'Ask')}
      ${link('inbox', '/inbox', html`Unanswered and 👎${frame.waiting ? html` <span class="count">${frame.waiting}<span class="visually-hidden"> waiting</span></span>` : ''}`)}
    </ul>
  </nav>
  ${frame.signOut ? html`<form method="post" action="/signout" class="sign-out"><input type="hidden" name="csrf" value="${frame.signOut.csrf}"><button type="submit">Sign out</button></form>` : ''}
</header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`;
}

/** A short page for an error: what happened and where to go from here. */
export function messagePage(frame: PageFrame, heading: string, message: string | Html): Html {
  return layout(frame, html`<h1>${heading}</h1><p>${message}</p><p><a href="/">Back to the briefings</a></p>`);
}
