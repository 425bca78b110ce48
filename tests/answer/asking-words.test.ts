import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// Words that say what kind of answer is asked, or what is asked about, rather than naming a topic: "what time" asks
// for a time, as "when" does, and "the post" on a blog is the article itself. Sentences from V8's blog post on
// standalone WebAssembly, whose "on the other hand", "in time" and "this post" share those words.

const PARAGRAPHS = [
  'Emscripten has always focused first and foremost on compiling to the Web and other JavaScript environments like Node.js.',
  'Similar to this post let\'s start with a "hello world" type program that exports a single function that adds two numbers.',
  "On the other hand, in a standalone build we can't depend on JS, so we use musl's assert.c instead.",
  'In time WASI may add more POSIX support, a memory growth notification, and other features.',
  'Standalone mode was added to Emscripten in version 1.38.46, released in October 2019.',
  'The team kept 3 build bots running 24/7 for the release.',
];

const engine = useDraftedEngine('standalone-wasm', 'Outside the web: standalone WebAssembly binaries', PARAGRAPHS);

describe('what a question asks for', () => {
  it('reads "24/7" as one word, so a 7 elsewhere does not match it', () => {
    expect(engine().answer('how do i cite a website in apa 7').answered).toBe(false);
    expect(engine().pack.figures.map((f) => f.value)).not.toContain('7');
    const bots = engine().answer('how many build bots run 24/7');
    expect(bots.answered).toBe(true);
    expect(bots.answer).toContain('3 build bots running 24/7');
  });

  it('reads "what time" as asking when, so a sentence that dates nothing does not answer it', () => {
    expect(engine().answer('what time is the standup').answered).toBe(false);
    const dated = engine().answer('at what time was standalone mode added to emscripten');
    expect(dated.answered).toBe(true);
    expect(dated.answer).toContain('October 2019');
  });

  it('reads "the post" as the article, not as a topic a sentence happens to mention', () => {
    expect(engine().answer('how many likes did the post get').answered).toBe(false);
    const said = engine().answer('what does the post say about wasi adding posix support');
    expect(said.answered).toBe(true);
    expect(said.answer).toContain('In time WASI may add more POSIX support');
  });
});
