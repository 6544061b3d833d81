import { daysBetween } from "./calendar"

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return t.toISOString().slice(0, 10)
}

/** The date `n` business days (Monday–Friday; public holidays are not known) before `iso`. */
export function businessDaysBefore(iso: string, n: number): string {
  let date = iso
  let left = n
  while (left > 0) {
    date = addDays(date, -1)
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return date
}

export const earlier = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a < b ? a : b)
export { daysBetween }
