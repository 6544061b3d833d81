// Accounts receivable ageing of unpaid claims, from date of service (and from received date where known).
import type { StoredClaim } from "../model/records"
import { daysBetween } from "../dates/calendar"
import { insuranceBalanceCents } from "./balances"

export const BUCKETS = ["0-30", "31-60", "61-90", "91-120", "120+"] as const
export type Bucket = (typeof BUCKETS)[number]

export function bucketOf(days: number): Bucket {
  if (days <= 30) return "0-30"
  if (days <= 60) return "31-60"
  if (days <= 90) return "61-90"
  if (days <= 120) return "91-120"
  return "120+"
}

/** A claim on insurance A/R: not closed, and the payer has not paid it all (a partially paid claim stays while
 * its denied lines are unpaid). What the client owes is not insurance A/R. */
export function isUnpaid(c: StoredClaim): boolean {
  if (c.resolution !== null) return false
  if (!["received", "pending", "denied", "rejected", "unknown", "partially_paid"].includes(c.status)) return false
  // a denial the client is liable for (PR-204 …) leaves nothing on insurance A/R; a balance the page does not
  // show (null) stays, for the biller to look at
  return insuranceBalanceCents(c) !== 0
}

/** balanceCents: the insurance balance (balances.ts), not the charges */
export type AgeingRow = { bucket: Bucket; claims: number; balanceCents: number }

export function ageing(claims: StoredClaim[], today: string, from: "service" | "received" = "service"): AgeingRow[] {
  const rows = BUCKETS.map((bucket) => ({ bucket, claims: 0, balanceCents: 0 }))
  for (const c of claims) {
    const start = from === "service" ? c.serviceFrom : c.receivedDate
    if (!isUnpaid(c) || !start) continue
    const row = rows[BUCKETS.indexOf(bucketOf(Math.max(0, daysBetween(start, today))))]
    row.claims++
    row.balanceCents += insuranceBalanceCents(c) ?? 0
  }
  return rows
}

export type PayerTotal = { payer: string; claims: number; balanceCents: number }

/** Unpaid claims and their insurance balance per payer, largest first. */
export function unpaidByPayer(claims: StoredClaim[]): PayerTotal[] {
  const totals = new Map<string, PayerTotal>()
  for (const c of claims) {
    if (!isUnpaid(c)) continue
    const payer = c.payer ?? "Payer not shown"
    const t = totals.get(payer) ?? { payer, claims: 0, balanceCents: 0 }
    t.claims++
    t.balanceCents += insuranceBalanceCents(c) ?? 0
    totals.set(payer, t)
  }
  return [...totals.values()].sort((a, b) => b.balanceCents - a.balanceCents || a.payer.localeCompare(b.payer))
}
