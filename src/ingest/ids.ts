// Ids the drafter gives what it writes (the pack, its figures, entries and alias groups): kebab-case, as the loader
// requires, and never twice in one pack.

/** Kebab-case from any text: accents dropped, at most `maxWords` words; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string, maxWords = Number.POSITIVE_INFINITY): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, maxWords)
    .join('-');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`... whichever `used` does not hold yet; it is added to `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
