import { describe, expect, it } from 'vitest';
import { isChitChat } from '../../src/match/chit-chat.js';
import { normaliseText } from '../../src/match/normalise.js';

// Small talk and the asker's own errands, as the engine reads them (normalised): no article answers them, whatever
// words they share with one (a page about a day in New York, one about password design).

const chat = (q: string) => isChitChat(normaliseText(q));

describe('small talk and errands', () => {
  it('reads greetings about the bot itself as small talk', () => {
    for (const q of [
      "how's your day going bot",
      'how was your weekend',
      'hey bot, how have you been',
      'how are you?',
      'do you like your job',
    ])
      expect(chat(q), q).toBe(true);
    expect(chat("do you like tiktok shop's numbers")).toBe(false);
  });

  it("reads thanks and questions about the bot's own tastes as small talk, but not a question asked after thanks", () => {
    for (const q of [
      'thanks bot ur the best',
      'thank you, that helps',
      'ok thanks!',
      "what's your favorite color",
      'whats your favourite movie',
      'tell me something fun about yourself',
    ])
      expect(chat(q), q).toBe(true);
    for (const q of ['thanks! and who owns temu?', 'thanks, how big is tiktok shop', 'what is your source for the gmv'])
      expect(chat(q), q).toBe(false);
  });

  it('reads who made the bot as small talk, but not who made something else', () => {
    for (const q of ['who made you', 'who built you?', 'which company created u']) expect(chat(q), q).toBe(true);
    for (const q of ['who made the deal', 'who built the headset', 'who owns youtube']) expect(chat(q), q).toBe(false);
  });

  it("reads the asker's own password or account as an errand, not a question about an article", () => {
    for (const q of [
      'how do i reset my vpn password',
      'forgot my outlook password, help',
      'how can i unlock my account',
    ])
      expect(chat(q), q).toBe(true);
  });

  it("reads a recommendation for the asker's day as an errand", () => {
    for (const q of ['best teh tarik near the office?', 'where can we get lunch', 'good ramen places nearby'])
      expect(chat(q), q).toBe(true);
  });

  it('leaves questions about an article alone, even with the same words', () => {
    for (const q of [
      'how did the day go for the protesters',
      'why did dropbox redesign password resets',
      'what does the article say about account security',
      'which is the best market near china for xiaohongshu',
    ])
      expect(chat(q), q).toBe(false);
  });

  it('reads a song, a poem or a recipe as small talk unless the briefing is about one, and a request for one always', () => {
    const aboutSongs = (word: string) => word === 'song' || word === 'songs';
    const inBriefing = (q: string) => isChitChat(normaliseText(q), aboutSongs);
    for (const q of ['who wrote the songs', 'which song went through many demos'])
      expect([chat(q), inBriefing(q)], q).toEqual([true, false]);
    for (const q of ['sing me a song', 'tell me a joke', 'give me a recipe for banana bread', 'write a poem about it'])
      expect(inBriefing(q), q).toBe(true);
  });

  it("reads the bot's own tastes and feelings as small talk, but not a question that asks what someone likes", () => {
    for (const q of ['do you even like video games bot', 'do you like video games bot?', 'are you happy being a bot'])
      expect(chat(q), q).toBe(true);
    for (const q of ['do you know who founded temu', 'does the author like the new headset', 'do people like the app'])
      expect(chat(q), q).toBe(false);
  });
});
