// Accounts receivable ageing of unpaid claims, from date of service (and from received date where known).
import type { StoredClaim } from "../model/records"
import { daysBetween } from "../dates/calendar"

export const BUCKETS = ["0-30", "31-60", "61-90", "91-120", "120+"] as const
export type Bucket = (typeof BUCKETS)[number]

export function bucketOf(days: number): Bucket {
  if (days <= 30) return "0-30"
  if (days <= 60) return "31-60"
  if (days <= 90) return "61-90"
  if (days <= 120) return "91-120"
  return "120+"
}

export function isUnpaid(c: StoredClaim): boolean {
  return c.resolution === null && ["received", "pending", "denied", "rejected", "unknown"].includes(c.status)
}

export type AgeingRow = { bucket: Bucket; claims: number; billedCents: number }

export function ageing(claims: StoredClaim[], today: string, from: "service" | "received" = "service"): AgeingRow[] {
  const rows = BUCKETS.map((bucket) => ({ bucket, claims: 0, billedCents: 0 }))
  for (const c of claims) {
    const start = from === "service" ? c.serviceFrom : c.receivedDate
    if (!isUnpaid(c) || !start) continue
    const row = rows[BUCKETS.indexOf(bucketOf(Math.max(0, daysBetween(start, today))))]
    row.claims++
    row.billedCents += c.billedCents ?? 0
  }
  return rows
}

export type PayerTotal = { payer: string; claims: number; billedCents: number }

/** Unpaid claims and their charges per payer, largest first. */
export function unpaidByPayer(claims: StoredClaim[]): PayerTotal[] {
  const totals = new Map<string, PayerTotal>()
  for (const c of claims) {
    if (!isUnpaid(c)) continue
    const payer = c.payer ?? "Payer not shown"
    const t = totals.get(payer) ?? { payer, claims: 0, billedCents: 0 }
    t.claims++
    t.billedCents += c.billedCents ?? 0
    totals.set(payer, t)
  }
  return [...totals.values()].sort((a, b) => b.billedCents - a.billedCents || a.payer.localeCompare(b.payer))
}
