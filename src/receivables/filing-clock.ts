// The timely-filing clock of a claim the payer does not hold as a clean claim (denied or rejected): the
// deadline from the date of service under the payer's limit, and the days left to it.
import type { StoredClaim } from "../model/records"
import { addDays, daysBetween } from "../dates/business-days"
import { isUnpaid } from "./ageing"
import { filingLimitDays, type TrackingSettings } from "../tracking/settings"

export type FilingClock = { deadline: string; daysLeft: number; limitDays: number }

const NEEDS_FILING = new Set(["denied", "rejected"])

export function filingClock(c: StoredClaim, settings: TrackingSettings, today: string): FilingClock | null {
  const limitDays = filingLimitDays(c.payer, settings)
  if (!limitDays || !c.serviceFrom || !NEEDS_FILING.has(c.status)) return null
  const deadline = addDays(c.serviceFrom, limitDays)
  return { deadline, daysLeft: daysBetween(today, deadline), limitDays }
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
