// The balance of one payment (one check/EFT, one transaction): BPR02 = Σ CLP04 − Σ PLB amounts. PLB amounts that
// are positive decrease the payment and negative ones increase it (X12 835 TR3 PLB; as payers explain it, e.g.
// BCBS Georgia "Provider Level Adjustments – Complex Forward Balance": "The adjustments will increase the payment
// when a negative money amount is returned, or decrease the payment when a positive money amount is returned").
import type { RemittanceTransaction } from "./types"

export type Balance = {
  checkNumber: string | null
  paymentDate: string | null
  /** BPR02, negative when BPR03 is D (a debit) */
  paymentCents: number
  claimsPaidCents: number
  providerAdjustmentsCents: number
  /** Σ CLP04 − Σ PLB */
  expectedCents: number
  /** payment − expected: 0 when balanced */
  differenceCents: number
  balanced: boolean
}

export function balance(tx: Pick<RemittanceTransaction, "payment" | "claims" | "providerAdjustments">): Balance {
  const claimsPaidCents = tx.claims.reduce((sum, c) => sum + c.paidCents, 0)
  const providerAdjustmentsCents = tx.providerAdjustments.reduce((sum, p) => sum + p.amountCents, 0)
  const expectedCents = claimsPaidCents - providerAdjustmentsCents
  const differenceCents = tx.payment.netCents - expectedCents
  return {
    checkNumber: tx.payment.traceNumber,
    paymentDate: tx.payment.date,
    paymentCents: tx.payment.netCents,
    claimsPaidCents,
    providerAdjustmentsCents,
    expectedCents,
    differenceCents,
    balanced: differenceCents === 0
  }
}
