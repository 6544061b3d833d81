// Lengths of time as payers write them: calendar days, business days, or months ("12 months", "1 calendar
// year"). All arithmetic is on ISO dates through the project's integer day numbers.
import { addDays, fromDays, toDays } from "../dates/business-days"
import { isBusinessDay } from "../dates/holidays"

export const PERIOD_UNITS = ["days", "business-days", "months"] as const
export type PeriodUnit = (typeof PERIOD_UNITS)[number]
export type Period = { amount: number; unit: PeriodUnit }

export const days = (amount: number): Period => ({ amount, unit: "days" })
export const businessDays = (amount: number): Period => ({ amount, unit: "business-days" })
export const months = (amount: number): Period => ({ amount, unit: "months" })

/** The date `n` business days (Monday–Friday, US federal holidays as observed) after `iso`. */
export function businessDaysAfter(iso: string, n: number): string {
  let day = toDays(iso)
  let left = n
  while (left > 0) {
    day++
    if (isBusinessDay(day)) left--
  }
  return fromDays(day)
}

/** The same day `n` months later; a day the month lacks falls back to the month's last day (a Feb 29 date of
 * service plus 12 months is Feb 28, as Medicare counts it). Falling back, never forward, keeps a deadline early. */
export function addMonths(iso: string, n: number): string {
  const y = +iso.slice(0, 4)
  const m = +iso.slice(5, 7) - 1 + n
  const year = y + Math.floor(m / 12)
  const month = ((m % 12) + 12) % 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(+iso.slice(8, 10), last)
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

export function addPeriod(iso: string, p: Period): string {
  if (p.unit === "days") return addDays(iso, p.amount)
  if (p.unit === "business-days") return businessDaysAfter(iso, p.amount)
  return addMonths(iso, p.amount)
}

/** "120 days", "60 business days", "12 months". */
export function describePeriod(p: Period): string {
  const unit = p.unit === "business-days" ? "business day" : p.unit === "days" ? "day" : "month"
  return `${p.amount} ${unit}${p.amount === 1 ? "" : "s"}`
}
