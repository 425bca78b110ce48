import { describe, expect, it } from 'vitest';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';

// The page's writer named in a question about what the article says ("how does perry describe ...") is the article's
// own voice, as "the author" is: the sentence that answers never names its writer. Alex Perry wrote the MSN page.

const engine = useSharedPageEngine('msn');

describe("the writer's name in the article's voice", () => {
  it('"how does perry describe ..." gets the sentence the writer wrote', () => {
    const reply = engine().answer('how does perry describe the big difference from a normal mario game');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('one key difference');
  });

  it('"..., according to the author" asks what the article says, not who wrote it', () => {
    const reply = engine().answer('what is the big difference from a normal mario game, according to the author');
    expect(reply.answer).not.toContain('The article is by');
    expect(reply.answer).toContain('one key difference');
  });

  it('the writer is still who wrote it', () => {
    expect(engine().answer('who is alex perry').answer).toContain('The article is by Alex Perry');
  });

  it('someone the article never names is still a name it lacks', () => {
    const reply = engine().answer('what did reggie fils-aime say about the difference from a normal mario game');
    expect(reply.answered).toBe(false);
  });
});
