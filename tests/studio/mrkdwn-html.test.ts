import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../src/render/escape.js';
import { html } from '../../src/studio/html.js';
import { mrkdwnToHtml } from '../../src/studio/mrkdwn-html.js';

const render = (text: string) => mrkdwnToHtml(text).toString();

describe('Slack mrkdwn as HTML', () => {
  it('shows bold, italic, strike and code as Slack does', () => {
    expect(render('*Figure* _estimate_ ~old~ `code`')).toBe(
      '<strong>Figure</strong> <em>estimate</em> <del>old</del> <code>code</code>',
    );
  });

  it('leaves markers inside words alone', () => {
    expect(render('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });

  it('turns "> " lines into a quote and keeps the lines after it outside', () => {
    expect(render('> “quoted words”\n— paragraph 3')).toBe('<blockquote>“quoted words”</blockquote>— paragraph 3');
  });

  it('reads Slack escapes back, and a ">" a person typed stays text, not a quote', () => {
    expect(render(escapeMrkdwn('> not a quote & <b>not bold</b>'))).toBe(
      '&gt; not a quote &amp; &lt;b&gt;not bold&lt;/b&gt;',
    );
  });

  it('never lets text become markup, even when it was not Slack-escaped', () => {
    const out = render('<img src=x onerror=alert(1)> "quotes" \'single\'');
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&quot;quotes&quot;');
  });

  it('links only http(s) and mailto addresses, with the address escaped', () => {
    expect(render('<https://example.com/a?b=1&amp;c="x"|the source>')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=&quot;x&quot;" rel="noreferrer noopener" target="_blank">the source</a>',
    );
    expect(render('<javascript:alert(1)|click>')).toBe('click');
  });

  it('shows mentions by name or id', () => {
    expect(render('Thanks, <@U123>')).toBe('Thanks, <span class="slack-mention">@U123</span>');
    expect(render('<!channel>')).toBe('<span class="slack-mention">@channel</span>');
  });
});

describe('The html tag', () => {
  it('escapes every interpolated value and joins lists', () => {
    const items = ['<a>', '"b"'];
    expect(html`<p title="${'x" onclick="y'}">${items.map((i) => html`<i>${i}</i>`)}</p>`.toString()).toBe(
      '<p title="x&quot; onclick=&quot;y"><i>&lt;a&gt;</i><i>&quot;b&quot;</i></p>',
    );
  });
});
