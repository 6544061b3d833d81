import { daysBetween, toDays } from "./calendar"
import { isBusinessDay } from "./holidays"

// Calendar arithmetic on day numbers (days since 1970-01-01), integer-only: no Date objects in hot loops.
export function fromDays(n: number): string {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`
}

export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days)
}

/** The date `n` business days (Monday–Friday, US federal holidays skipped) before `iso`. */
export function businessDaysBefore(iso: string, n: number): string {
  let day = toDays(iso)
  let left = n
  while (left > 0) {
    day--
    if (isBusinessDay(day)) left--
  }
  return fromDays(day)
}

export const earlier = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a < b ? a : b)
export { daysBetween, toDays }
