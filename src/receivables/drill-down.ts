// A/R drill-down: the unpaid claims behind one ageing bucket or one payer, each with its age and, where it
// must be (re)filed, the timely-filing deadline and the days left to it.
import type { StoredClaim } from "../model/records"
import { daysBetween } from "../dates/business-days"
import { bucketOf, isUnpaid, type Bucket } from "./ageing"
import type { TrackingSettings } from "../tracking/settings"
import { filingClock, type FilingClock } from "./filing-clock"

/** Claims of one age bucket (from the date of service, or from the date the payer received them), or of one payer. */
export type ReceivableFilter = { bucket: Bucket; from?: AgeFrom } | { payer: string }
export type AgeFrom = "service" | "received"
export type ReceivableRow = { claim: StoredClaim; ageDays: number; bucket: Bucket; filing: FilingClock | null }

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
