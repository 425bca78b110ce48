import { formatProblems, type PackProblem } from '../knowledge/problems.js';

// What a briefing store says when it cannot keep or remove a briefing, in one place. The Slack reply puts these after
// "Nothing was added:" or "Nothing was removed:", so each is one clause a curator can act on.

export const BRIEFING_STORE_MESSAGES = {
  // kb:new's words for the same case: a draft the loader refuses is a drafting bug, never the curator's.
  invalidDraft: (fileName: string, report: string) =>
    `BUG: the pack drafted from ${fileName} does not validate, so nothing was kept. Please report it with the file. The loader says:\n${report}`,
  idTaken: (id: string) => `a briefing with the id \`${id}\` arrived meanwhile; share the file again`,
  writeFailed: (where: string, why: string) => `could not write ${where} (${why})`,
  notServed: (where: string, problems: readonly PackProblem[]) =>
    `${where} was written but does not serve: ${formatProblems([...problems])}`,
  outsideKnowledge: (origin: string, knowledgeDir: string) =>
    `it comes from ${origin}, which is not a pack folder in ${knowledgeDir}; remove it there`,
  shippedFolder: (origin: string) =>
    `it comes from the pack folder ${origin}, which every instance has on its own disk; delete that folder from the deployment to take it down`,
  pinned: 'this bot serves the one pack PACK_DIR names; unset PACK_DIR to add or remove briefings from Slack',
  removeFailed: (where: string, why: string) => `could not move ${where} aside (${why})`,
} as const;
