// US federal holidays (5 U.S.C. 6103), as observed: payers' and clearinghouses' offices close on these, so a
// "10 business days before" lead must skip them. A Saturday holiday is observed on the Friday before, a Sunday
// one on the Monday after. Day numbers are days since 1970-01-01 (see business-days.ts).

const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday; 0 = Sunday

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}

/** The nth (1-based) given weekday of a month; n = -1 is the last. */
function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayNumber(y, m, 1)
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7
  }
  const last = dayNumber(y, m + 1, 1) - 1
  return last - ((weekdayOf(last) - weekday + 7) % 7)
}

function observed(day: number): number {
  const w = weekdayOf(day)
  return w === 6 ? day - 1 : w === 0 ? day + 1 : day
}

const byYear = new Map<number, Set<number>>()

export function federalHolidays(year: number): Set<number> {
  let days = byYear.get(year)
  if (!days) {
    days = new Set([
      observed(dayNumber(year, 1, 1)), // New Year's Day
      nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
      nthWeekday(year, 2, 1, 3), // Washington's Birthday
      nthWeekday(year, 5, 1, -1), // Memorial Day
      ...(year >= 2021 ? [observed(dayNumber(year, 6, 19))] : []), // Juneteenth
      observed(dayNumber(year, 7, 4)), // Independence Day
      nthWeekday(year, 9, 1, 1), // Labor Day
      nthWeekday(year, 10, 1, 2), // Columbus Day
      observed(dayNumber(year, 11, 11)), // Veterans Day
      nthWeekday(year, 11, 4, 4), // Thanksgiving
      observed(dayNumber(year, 12, 25)), // Christmas
      observed(dayNumber(year + 1, 1, 1)) // next New Year's Day, when it is observed on Dec 31
    ])
    byYear.set(year, days)
  }
  return days
}

// Every observed holiday from 1990 to 2100 in one set, made on first use (about 1,300 days).
let allHolidays: Set<number> | null = null

export function isBusinessDay(day: number): boolean {
  const w = weekdayOf(day)
  if (w === 0 || w === 6) return false
  if (!allHolidays) {
    allHolidays = new Set()
    for (let y = 1990; y <= 2100; y++) for (const d of federalHolidays(y)) allHolidays.add(d)
  }
  return !allHolidays.has(day)
}
