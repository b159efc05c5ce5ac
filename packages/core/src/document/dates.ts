/** Partial ISO dates as the schema allows them: `2026`, `2026-03`, `2026-03-04`. */

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; `undefined` when it is malformed or names a day that does not exist. */
export function parsePartialDate(text: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * A partial date as a fractional year, taking the start of the period it names:
 * `2026` → 2026.0, `2026-07` → 2026.5, so dates of different precision compare and place on an axis.
 */
export function toDecimalYear(parts: PartialDateParts): number {
  const { year, month = 1, day = 1 } = parts;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (end - start);
}

/** The decimal year of a partial-date string, or `undefined` when it does not parse. */
export function decimalYearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parts = parsePartialDate(text);
  return parts && toDecimalYear(parts);
}

/**
 * The decimal year at which the period named by a partial date ends, i.e. the start of the next one:
 * `2021` ends at 2022.0, `2021-06` at 2021-07-01, `2024-12-31` at 2025.0. A period `{start: 2015, end: 2021}` covers
 * all of 2021. Exact: the next day's start is computed as a date, so it equals `decimalYearOf` of that day.
 */
export function decimalYearAtEndOf(text: string): number | undefined {
  const parts = parsePartialDate(text);
  if (!parts) return undefined;
  if (parts.day !== undefined) {
    const next = new Date(Date.UTC(parts.year, parts.month! - 1, parts.day + 1));
    return toDecimalYear({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
  }
  if (parts.month !== undefined) {
    return parts.month === 12 ? parts.year + 1 : toDecimalYear({ year: parts.year, month: parts.month + 1 });
  }
  return parts.year + 1;
}
