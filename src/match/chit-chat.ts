// Small talk and requests for work the bot does not do ("write me a poem", "tell me a joke", "how are you"): no entry
// answers them, however many of their words it uses. ("How old is he" asks for an age, which only an entry that gives
// one answers: see the 'age' kind in build-index.ts.)

const CHIT_CHAT = [
  /^(?:please |pls |can you |could you |would you |will you |u )?(?:write|draw|compose|sing|generate|translate|draft|paint)\b/,
  /^(?:how are you|how r u|how old are you|how old r u|how's it going|what's up|sup|who are you|what are you|what's your name|are you (?:a bot|human|real|alive|sentient)|do you (?:love|like|enjoy|hate) (?:me|your (?:job|work|life)|ur (?:job|work|life)|being a bot|working here|it here)|tell me about yourself)\b/,
  /^(?:hey |hi |hello |yo |morning |evening )?(?:bot,? )?(?:how(?:'s|s| is| was)? (?:your|ur) (?:day|morning|afternoon|evening|weekend|week)|how have you been|how are things|what are you up to|what(?:'s| is) new with you)\b/,
  // About the bot itself: "what's your favorite color", "tell me something fun about yourself", "who made you" (which
  // the first pack answered with its sentence on the platforms that "have found considerable success").
  // The bot's own tastes and feelings: "do you even like video games", "do you like video games bot", "are you happy
  // being a bot". A briefing reports; it has no taste of its own to give. "Do you like tiktok shop's numbers" asks
  // about the briefing, and is not small talk.
  /^(?:(?:hey|hi|so|ok|okay|yo|lol)\W+)*(?:bot\W+)?do (?:you|u|ya) (?:(?:even|really|actually|ever) (?:like|love|enjoy|hate|prefer|play|watch)\b|(?:like|love|enjoy|hate|prefer|play|watch)\b.*\bbot\W*$)|\b(?:are|r) (?:you|u) (?:happy|sad|ok|okay|tired|bored|lonely|conscious|smart|single)\b|\bbeing a bot\b/,
  /\byour (?:fav(?:ou?rite)?|fave)\b|\babout yourself\b|^(?:so )?(?:who|which company|what company) (?:made|built|created|designed|programmed|developed|trained|owns|runs) (?:you|u)\b/,
  /\bweather\b|\bforecast for (?:today|tomorrow|the weekend)\b/,
  // Recommendations for the asker's day: "best teh tarik near the office?", "where can we get lunch".
  /\b(?:best|good|nice|cheap|nearest) (?:[\p{L}-]+ ){1,3}(?:near (?:me|here|us|the office|our office|work|the hotel)|around here|nearby|close by)\b|\bwhere (?:can|should|do) (?:i|we) (?:eat|get lunch|get coffee|grab lunch|grab coffee|grab a|park)\b/u,
  // The comment form under the article, not the article.
  /\b(?:leave|post|write|add) a comment\b|\bmy email(?: address)?\b/,
  // Advice for the asker's own plans: the briefing reports, it does not consult.
  /\bbest way (?:to|for (?:us|me))\b|\bshould (?:we|i) (?:launch|enter|buy|sell|invest|partner|expand|hire|list|move)\b|\bhow (?:should|do|can) (?:we|i) (?:launch|enter|break into|market|sell|grow|expand|buy|invest)\b|\bhow (?:to|do i|do we|can i|can we) (?:register|sign up|signup|apply|open an? (?:account|shop|store)|set up an? (?:account|shop|store)|start selling)\b/,
  /帮我(?:写|翻译|画|做)|翻译成|写一首|写一篇|讲个笑话|讲一个笑话|天气|你是谁|你好吗/,
  // The big questions: no article answers them, however many of its words ("meaning", "life") they share.
  /\b(?:the )?meaning of (?:life|it all|existence|the universe)\b|\bpurpose of (?:life|existence)\b|^(?:so )?what(?: is|'s)? (?:love|life|happiness|the point|truth|reality|consciousness|death|god)\W*(?:really|anyway|exactly)?\W*$|\bis there (?:a )?god\b|\bare we (?:all )?(?:living )?in a simulation\b|\bare we alone in the universe\b|\bdoes god exist\b|\bwhy (?:are|am) (?:we|i) here\b|\bwhat happens (?:when|after) (?:we|you|i) die\b|\bhow (?:do|can|should) (?:i|we|you) (?:be happy|find love|live)\b|人生的意义|生命的意义|什么是爱/,
];

/**
 * Things people ask a bot to make ("a joke", "a poem", "a recipe"): small talk, unless the briefing itself is about
 * them. An article about a song, a poem or a recipe is asked about its song ("who wrote the song"), and only a plain
 * request ("tell me a joke", "sing us a song") stays small talk there.
 */
const WORK_NOUNS =
  /\b(?:joke|poem|poetry|haiku|limerick|song|lyrics|recipe|horoscope|riddle|bedtime story|fairy tale)s?\b/g;
const WORK_REQUEST =
  /^(?:please |pls |can you |could you |would you |will you |u )?(?:tell|sing|recite|read|give|make) (?:me |us )?(?:a|an|another|some|one more|your)\b/;

/** Work on the asker's own things ("summarise my inbox"): no briefing word takes that back. */
const OWN_STUFF =
  /\b(?:reset|change|recover|unlock|forgot|forgotten|lost)\b.{0,25}\bmy\b.{0,20}\b(?:password|passcode|pin|login|account)\b|\b(?:summari[sz]e|read|check|clean up|sort|organi[sz]e|draft|reply to|answer|translate|go through)\b.{0,25}\b(?:my|our|yesterday|today|this week|last week|team) (?:inbox|emails?|calendar|meetings?|messages|dms|files|documents|docs|notes|slack|standup|stand-up|standup notes|meeting notes)\b/;

/**
 * "Translate this article into French": the bot answers in English from the pack; it does not translate. Naming
 * the article does not take this back the way it does "write me a summary of the article".
 */
const TRANSLATION_REQUEST =
  /\btranslate (?:it|this|that|(?:this|the|that)(?: whole| entire| full)? (?:article|piece|text|story|briefing|summary|answer|thing))\b/;

/** "Write me a summary" asks for the briefing itself, so words that name it take the question back. */
const ABOUT_THE_BRIEFING =
  /\b(?:summary|summarise|summarize|tldr|gist|overview|key points|brief|briefing|article|piece)\b/;

/**
 * "thanks bot ur the best", "thank you, that helps": thanks with nothing asked after it ("thanks! and who owns
 * temu?" still asks).
 */
export function isThanks(normalised: string): boolean {
  const text = normalised.trim();
  return THANKS.test(text) && !/[?？]|\b(?:what|how|who|why|when|where|which|does|did|is|are|can)\b/.test(text);
}
const THANKS =
  /^(?:(?:ok|okay|great|cool|awesome|perfect|nice|brilliant|got it|hey|hi)\W+)*(?:thanks|thank you|thank u|thankyou|thx|ty|cheers|much appreciated|appreciate it)\b/;

/** `briefingUses` says whether the briefing uses a word the question does ("song"); by default it uses none. */
export function isChitChat(normalised: string, briefingUses: (word: string) => boolean = () => false): boolean {
  const text = normalised.trim();
  if (isThanks(text) || OWN_STUFF.test(text) || TRANSLATION_REQUEST.test(text)) return true;
  if (ABOUT_THE_BRIEFING.test(text)) return false;
  const works = [...text.matchAll(WORK_NOUNS)].map((m) => m[0]);
  const asksForWork = works.length > 0 && (WORK_REQUEST.test(text) || works.some((w) => !briefingUses(w)));
  return asksForWork || CHIT_CHAT.some((pattern) => pattern.test(text));
}
