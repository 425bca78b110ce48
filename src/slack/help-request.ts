// "@Briefing Bot help", "hi", "what can you do?": a greeting or a request for help is not a question about the
// briefing, so it gets the usage message rather than "I don't know".

const HELP_REQUEST =
  /^(?:help|help me|hi|hello|hey|hiya|usage|commands|what can you do|what do you do|what can i ask(?: you)?|how do i use (?:you|this|this bot))$/;

export function isHelpRequest(text: string): boolean {
  const plain = text
    .toLowerCase()
    .replace(/[!?.,:;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return HELP_REQUEST.test(plain) || /^\?+$/.test(text.trim());
}
