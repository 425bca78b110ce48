/** The pack shipped with the bot; PACK_DIR overrides it. Relative to the project root. */
export const DEFAULT_PACK_DIR = 'knowledge/china-platforms-sea';
