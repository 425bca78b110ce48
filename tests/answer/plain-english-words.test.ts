import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// Words a question uses as English, not as the name of something the briefing lacks. From two of Mozilla Readability's
// test pages: Ars Technica's story of a Minecraft flaw its finder made public, and a Firefox team's weekly notes.

const minecraft = useDraftedEngine(
  'minecraft-flaw',
  'Just-released Minecraft exploit makes it easy to crash game servers',
  [
    'Two-year-old bug exposes thousands of servers to crippling attack.',
    'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.',
    '"I thought a lot before writing this post," Pakistan-based developer Ammar Askar wrote in a blog post published Thursday, 21 months, he said, after privately reporting the bug to Minecraft developer Mojang. "On the one hand I don\'t want to expose thousands of servers to a major vulnerability, yet on the other hand Mojang has failed to act on it."',
    "The bug resides in the networking internals of the Minecraft protocol. It allows the contents of inventory slots to be exchanged, so that, among other things, items in players' hotbars are displayed automatically after logging in. Minecraft items can also store arbitrary metadata in a file format known as Named Binary Tag (NBT), which allows complex data structures to be kept in hierarchical nests. Askar has released proof-of-concept attack code he said exploits the vulnerability to crash any server hosting the game. Here's how it works.",
    'The vulnerability stems from the fact that the client is allowed to send the server information about certain slots. This, coupled with the NBT format’s nesting allows us to craft a packet that is incredibly complex for the server to deserialize but trivial for us to generate.',
  ],
);

const firefox = useDraftedEngine('firefox-weeks', 'These Weeks in Firefox: Issue 85', [
  'mconley fixed an AsyncShutdown hang caused by the about:home startup cache',
  'mconley re-enabled TART',
  'dthayer has some fixes and polish for the pre-XUL skeleton UI',
  'Picture-in-Picture',
  'We’ve got the green light for another round of MSU students hacking on Picture-in-Picture next semester! mhowell and mtigley will be mentoring them.',
  'In progress:',
  'Bug 1677080 – Fullscreen PiP window is affected by switching video source',
  'Bug 1677107 – Add Telemetry for tracking multiple PiP support usage',
]);

describe('a question in plain English', () => {
  it('reads "go public with" as telling everyone, not a share sale', () => {
    const reply = minecraft().answer('why did askar go public with the bug');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Mojang has failed to act on it');
  });

  it('reads a possessive after "which" as a common noun, not a name', () => {
    const reply = firefox().answer("which university's students are coming back to hack on pip");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('MSU students');
  });
});
