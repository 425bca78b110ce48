import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, truncate } from '../../src/render/escape.js';

describe('Escaping user text for Slack', () => {
  it('turns broadcast mentions into inert text', () => {
    expect(escapeMrkdwn('<!channel> <!here> <!everyone>')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt;');
  });

  it('turns user mentions and disguised links into inert text', () => {
    expect(escapeMrkdwn('<@U123> <https://evil.example|bank>')).toBe('&lt;@U123&gt; &lt;https://evil.example|bank&gt;');
  });

  it('escapes & first so an already-escaped entity cannot turn back into markup', () => {
    expect(escapeMrkdwn('&lt;!channel&gt; & co')).toBe('&amp;lt;!channel&amp;gt; &amp; co');
  });

  it('shortens long text with an ellipsis and leaves short text alone', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
