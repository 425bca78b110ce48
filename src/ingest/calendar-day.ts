// A day read from a page ("Dec 13, 2016", "15 October 2019", "2/26/2015") as the YYYY-MM-DD a pack stores.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for a month's name or its abbreviation ("Dec", "Sept.", "october"), 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD, or undefined for a month or day no calendar has. */
export function isoDay(year: string, month: number, day: number): string | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : undefined;
}
