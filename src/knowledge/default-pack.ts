/** The pack shipped with the bot; PACK_DIR overrides it. Relative to the project root. */
export const DEFAULT_PACK_DIR = 'knowledge/china-platforms-sea';

/** Where the bot looks for pack folders (KNOWLEDGE_DIR overrides it): every folder in it is a briefing. */
export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
