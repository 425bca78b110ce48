import type { NotStated } from '../knowledge/schema.js';

// The one-click fixes of the curator's list, as data. Pure.

export const DEFAULT_NOT_STATED_ANSWER = "The article doesn't say.";

/**
 * A not-stated detail for a question people asked: asked by the question itself (matched as a run of its words, so
 * the same question in other words still needs its own phrase, which a curator can add in qa.yaml), with an id made
 * from its first words that no detail has yet.
 */
export function notStatedDetail(question: string, answer: string, takenIds: readonly string[]): NotStated {
  const phrase = question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?？!！.。]+$/u, '')
    .toLowerCase();
  const words = phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  const base = words.length > 0 ? words.join('-') : 'detail';
  let id = base;
  for (let n = 2; takenIds.includes(id); n++) id = `${base}-${n}`;
  return { id, asks: [phrase], answer: answer.trim() || DEFAULT_NOT_STATED_ANSWER };
}
