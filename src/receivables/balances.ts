// Where each claim's money belongs: what the insurance still owes or must be pursued for (insurance A/R), and
// what the client owes (patient balances, by kind). Pure functions of a stored claim.
import type { Adjustment } from "../model/capture"
import { isContractual, isCostShare, isDenialAdjustment } from "../model/claim-status"
import type { StoredClaim } from "../model/records"

const allAdjustments = (c: StoredClaim): Adjustment[] => [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)]
const sum = (adjustments: Adjustment[]) => adjustments.reduce((n, a) => n + (a.amountCents ?? 0), 0)
const known = (adjustments: Adjustment[]) => adjustments.every((a) => a.amountCents !== null)

export type PatientShare = {
  deductibleCents: number
  coinsuranceCents: number
  copayCents: number
  /** PR adjustments that are denials the client is liable for (PR-204, PR-96 …), and other cost share (66, 142, 187) */
  otherCents: number
  totalCents: number
  /** false when the claim shows only a patient-responsibility total, not the adjustments by kind */
  byKind: boolean
}

/** What the client owes on a processed claim, by kind, from its PR adjustments (claim and line level); a claim
 * with no PR adjustment shown but a patient-responsibility total gives that total, kind unknown. */
export function patientShare(c: StoredClaim): PatientShare {
  const pr = allAdjustments(c).filter((a) => a.group === "PR" && (a.amountCents ?? 0) > 0)
  const of = (reason: string) => sum(pr.filter((a) => a.reason === reason))
  if (pr.length === 0) {
    const total = Math.max(0, c.patientResponsibilityCents ?? 0)
    return {
      deductibleCents: 0,
      coinsuranceCents: 0,
      copayCents: 0,
      otherCents: total,
      totalCents: total,
      byKind: false
    }
  }
  const [deductibleCents, coinsuranceCents, copayCents] = [of("1"), of("2"), of("3")]
  const totalCents = sum(pr)
  return {
    deductibleCents,
    coinsuranceCents,
    copayCents,
    otherCents: totalCents - deductibleCents - coinsuranceCents - copayCents,
    totalCents,
    byKind: true
  }
}

const PROCESSED = new Set(["paid", "partially_paid", "denied"])

/** Processed claims the client owes on, newest service first. */
export function patientBalances(claims: StoredClaim[]): { claim: StoredClaim; share: PatientShare }[] {
  return claims
    .filter((c) => PROCESSED.has(c.status))
    .map((claim) => ({ claim, share: patientShare(claim) }))
    .filter((r) => r.share.totalCents > 0)
    .sort(
      (a, b) =>
        (b.claim.serviceFrom ?? "").localeCompare(a.claim.serviceFrom ?? "") || a.claim.key.localeCompare(b.claim.key)
    )
}

const AWAITING = new Set(["received", "pending", "unknown"])
const TO_PURSUE = new Set(["denied", "rejected", "partially_paid"])

/**
 * What the insurance has not paid and the client does not owe: for a claim still with the payer, its charges
 * less what was paid, the client's share and contractual reductions; for a denied, rejected or partially paid
 * claim, the amounts of its denial adjustments the provider can pursue (not PR: the client is liable for those).
 * 0 for a paid, reversed or closed claim; null when the page did not show enough to tell (a partially paid claim
 * whose denied amounts are not shown).
 */
export function insuranceBalanceCents(c: StoredClaim): number | null {
  if (c.resolution !== null || (!AWAITING.has(c.status) && !TO_PURSUE.has(c.status))) return 0
  const adjustments = allAdjustments(c)
  const pursue = adjustments.filter((a) => isDenialAdjustment(a) && a.group !== "PR")
  if (TO_PURSUE.has(c.status) && pursue.length > 0 && known(pursue)) return sum(pursue)
  // part paid, and the page does not say which part was denied for how much: not a guess from billed − paid
  if (c.status === "partially_paid") return null
  if (c.billedCents === null) return null
  const notOwedByPlan = adjustments.filter(
    (a) => isCostShare(a) || isContractual(a) || (a.group === "PR" && isDenialAdjustment(a))
  )
  const balance = c.billedCents - Math.max(0, c.paidCents ?? 0) - sum(notOwedByPlan)
  return Math.max(0, balance)
}
