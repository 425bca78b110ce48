// "@Briefing Bot help", "hi", "what can you do?", "who are you?": a greeting, a request for help or a question about
// the bot itself is not a question about the briefing, so it gets the usage message rather than "I don't know".

const HELP_REQUEST =
  /^(?:help|help me|hi|hello|hey|hiya|usage|commands|what can you do|what do you do|what can i ask(?: you)?|how do i use (?:you|this|this bot)|who are you|what are you|who made you|who built you|who created you|are you a bot)$/;

export function isHelpRequest(text: string): boolean {
  const plain = text
    .toLowerCase()
    .replace(/[!?.,:;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return HELP_REQUEST.test(plain) || /^\?+$/.test(text.trim());
}
