import { usDate as usDateOf } from "../dates/calendar"

/** 12,345 — by hand: the first toLocaleString in a page loads ICU's number formats (milliseconds the popup's
 * first view would wait for). */
export function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
}

export function money(cents: number | null): string {
  if (cents === null) return "—"
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(cents)
  return `${sign}$${count(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, "0")}`
}

/** MM/DD/YYYY, or a dash for a date the page did not show. */
export function usDate(iso: string | null): string {
  return iso ? usDateOf(iso) : "—"
}

export function daysLeftText(days: number | null): string {
  if (days === null) return "no end date shown"
  if (days < 0) return `expired ${-days} day${days === -1 ? "" : "s"} ago`
  if (days === 0) return "ends today"
  return `${days} day${days === 1 ? "" : "s"} left`
}
