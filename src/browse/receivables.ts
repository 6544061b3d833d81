// A/R drill-down: the unpaid claims behind one ageing bucket or one payer, each with its age and, where it
// must be (re)filed, the timely-filing deadline and the days left to it.
import type { StoredClaim } from "../model/records"
import { addDays, daysBetween } from "../dates/business-days"
import { bucketOf, isUnpaid, type Bucket } from "../tracking/ageing"
import { filingLimitDays, type TrackingSettings } from "../tracking/settings"

/** Claims of one age bucket (from the date of service, or from the date the payer received them), or of one payer. */
export type ReceivableFilter = { bucket: Bucket; from?: AgeFrom } | { payer: string }
export type AgeFrom = "service" | "received"

export type FilingClock = { deadline: string; daysLeft: number; limitDays: number }
export type ReceivableRow = { claim: StoredClaim; ageDays: number; bucket: Bucket; filing: FilingClock | null }

const NEEDS_FILING = new Set(["denied", "rejected"])

/** The timely-filing clock for a claim the payer does not hold as a clean claim (denied or rejected). */
export function filingClock(c: StoredClaim, settings: TrackingSettings, today: string): FilingClock | null {
  const limitDays = filingLimitDays(c.payer, settings)
  if (!limitDays || !c.serviceFrom || !NEEDS_FILING.has(c.status)) return null
  const deadline = addDays(c.serviceFrom, limitDays)
  return { deadline, daysLeft: daysBetween(today, deadline), limitDays }
}

export function receivableRows(claims: StoredClaim[], settings: TrackingSettings, today: string, filter: ReceivableFilter): ReceivableRow[] {
  const rows: ReceivableRow[] = []
  const from = "bucket" in filter ? (filter.from ?? "service") : "service"
  for (const c of claims) {
    const start = from === "service" ? c.serviceFrom : c.receivedDate
    if (!isUnpaid(c) || !start) continue
    const ageDays = Math.max(0, daysBetween(start, today))
    const bucket = bucketOf(ageDays)
    if ("bucket" in filter ? bucket !== filter.bucket : (c.payer ?? "Payer not shown") !== filter.payer) continue
    rows.push({ claim: c, ageDays, bucket, filing: filingClock(c, settings, today) })
  }
  // the most urgent first: a filing deadline soonest, then the oldest
  return rows.sort((a, b) => (a.filing?.daysLeft ?? Infinity) - (b.filing?.daysLeft ?? Infinity) || b.ageDays - a.ageDays)
}

/** Denied or rejected claims whose filing deadline is within `days` (or passed), for the A/R summary. */
export function filingDueSoon(claims: StoredClaim[], settings: TrackingSettings, today: string, days: number): { soon: number; passed: number } {
  let soon = 0
  let passed = 0
  for (const c of claims) {
    if (!isUnpaid(c)) continue
    const clock = filingClock(c, settings, today)
    if (!clock) continue
    if (clock.daysLeft < 0) passed++
    else if (clock.daysLeft <= days) soon++
  }
  return { soon, passed }
}
