// One thing an article names, as kb:new drafts it for aliases.yaml (see entities.ts).

export type DraftEntity = {
  id: string;
  name: string;
  /** Every other way the article writes it, plus the forms people type (without titles, without dots). */
  terms: string[];
  /** How often the article names it (any variant). */
  mentions: number;
  person: boolean;
  /** The entity this one belongs to ("Dropbox ATF" is Dropbox's): an entry naming it names that one too. */
  partOf?: string;
};
