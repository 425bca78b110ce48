// What drafting reads (the article's sentences, numbered by paragraph) and writes (an entry of qa.yaml), shared by the
// sentence entries (draft-entries.ts) and the list entries (draft-lists.ts).

export type ArticleSentence = { text: string; paragraph: number; index: number };

export type DraftEntry = {
  id: string;
  question: string;
  alternates: string[];
  answer: string;
  figures: string[];
  tags: string[];
  citations: { source: string; paragraph: number; quote: string }[];
  draft: true;
};
