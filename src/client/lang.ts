// The two languages the client-facing documents speak, and the small formatting both share. Money and dates
// keep the US forms in Spanish too ($1,234.56, MM/DD/YYYY): the documents are for US plans and US clients.
import { usDate } from "../dates/calendar"

export const LANGS = ["en", "es"] as const
export type Lang = (typeof LANGS)[number]

/** One text in both languages. */
export type Bilingual = { en: string; es: string }

export function money(cents: number): string {
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(Math.trunc(cents))
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, "0")}`
}

/** MM/DD/YYYY; a date the record does not show reads as the caller's `missing`. */
export function dateText(iso: string | null | undefined, missing = "—"): string {
  return iso ? usDate(iso) : missing
}

/** A real calendar date in YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return false
  const [y, mo, d] = [+m[1], +m[2], +m[3]]
  if (mo < 1 || mo > 12 || d < 1) return false
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d <= days[mo - 1]
}

/** Dollars as typed ("180", "$1,234.50", "12.5") → cents; null for anything else (negative, 3 decimals, words). */
export function centsFromText(text: string): number | null {
  const m = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  return Number(m[1].replace(/,/g, "")) * 100 + Number((m[2] ?? "").padEnd(2, "0"))
}

/** Cents as a form shows them for editing: 18000 → "180.00". */
export const centsToText = (cents: number) => (cents / 100).toFixed(2)
