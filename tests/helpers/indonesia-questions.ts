/**
 * Five questions the Indonesia fixture briefing (tests/fixtures/briefings/indonesia-social-commerce) answers, each on
 * its own, when served with the shipped briefing: enough to settle a batch on it.
 */
export const ABOUT_INDONESIA = [
  "what do indonesia's new rules say about social commerce?",
  'how many small businesses are there in indonesia?',
  'what did indonesia ban in 2023?',
  'how did tiktok shop come back to indonesia?',
  'why is indonesia introducing new rules for online sellers?',
];
