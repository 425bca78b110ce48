// Months and days of the week: English writes them with a capital letter, yet they are no names.

export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
