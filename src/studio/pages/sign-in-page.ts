import { type Html, html } from '../html.js';

// The page every request without the token gets (status 401): a form that takes the token and sets the session
// cookie. It is the only page served before sign-in, so its few styles travel inline, allowed by a one-time nonce.

export function signInPage(options: { nonce: string; failed: boolean }): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Briefing Bot studio</title>
<style nonce="${options.nonce}">
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem 1rem; color: #1d1c1d; }
main { max-width: 26rem; margin: 0 auto; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid #616061; border-radius: 4px; }
button { margin-top: 1rem; font: inherit; padding: .5rem 1rem; background: #1264a3; color: #fff; border: 0; border-radius: 4px; }
:focus-visible { outline: 3px solid #e8912d; outline-offset: 2px; }
.error { color: #b3261e; }
</style>
</head>
<body>
<main>
<h1>Sign in to the studio</h1>
<p>This studio is protected by a token (STUDIO_TOKEN). Ask whoever runs it.</p>
${options.failed ? html`<p class="error" role="alert" id="signin-error">That token is not right.</p>` : ''}
<form method="post" action="/signin">
  <label for="token">Studio token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required${options.failed ? html` aria-invalid="true" aria-describedby="signin-error"` : ''} autofocus>
  <button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}
