/**
 * ISO 8601 dates as briefings use them: `YYYY-MM-DD`, or a full date-time
 * (`YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`). The calendar is checked, so 2026-02-30 is refused.
 */

export type IsoDateResult =
  | { readonly ok: true /** The calendar day, `YYYY-MM-DD`. */; readonly day: string }
  | {
      readonly ok: false /** Why it is not a date, e.g. `February 2026 has 28 days`. */;
      readonly reason: string;
    };

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?([Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Whether `value` claims to be an ISO date (four digits and a hyphen), and so must be a valid one. */
export function looksLikeIsoDate(value: string): boolean {
  return /^\d{4}-/.test(value);
}

/**
 * Parses an ISO 8601 date or date-time, checking that the day exists and the time is on a clock.
 */
export function parseIsoDate(value: string): IsoDateResult {
  const m = DATE_TIME.exec(value);
  if (m === null) {
    return { ok: false, reason: 'it is not in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS' };
  }
  const [, y = '', mo = '', d = '', hh, mm, ss, , offH, offM] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${mo}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, reason: `${MONTHS[month - 1] ?? ''} ${y} has ${days} days` };
  }
  if (hh !== undefined && Number(hh) > 23) return { ok: false, reason: `there is no hour ${hh}` };
  if (mm !== undefined && Number(mm) > 59) return { ok: false, reason: `there is no minute ${mm}` };
  if (ss !== undefined && Number(ss) > 59) return { ok: false, reason: `there is no second ${ss}` };
  if (offH !== undefined && Number(offH) > 23)
    return { ok: false, reason: `the offset ${offH} hours is too large` };
  if (offM !== undefined && Number(offM) > 59)
    return { ok: false, reason: `the offset minutes ${offM} are too large` };
  return { ok: true, day: `${y}-${mo}-${d}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
