// What one check or EFT of an 835 remittance paid (one ST/SE transaction: BPR, TRN, its CLP loops and PLB), as the
// Payments view shows it and the `payments` table keeps it, and the summary an import shows before and after saving.
import { z, type Infer } from "./zod"
import { ADJUSTMENT_GROUPS, isoDate } from "./capture"

const cents = z.number().int("money must be whole cents")
const count = z.number().int().nonnegative()

/** PLB: an adjustment to the whole payment, not to a claim (recoupment WO, interest L6, forwarding balance FB …).
 * Positive decreases the payment, negative increases it. */
export const PaymentProviderAdjustment = z.strictObject({
  reasonCode: z.string(),
  reasonMeaning: z.string().nullable(),
  /** PLB03-2: often the claim or invoice it concerns */
  reference: z.string().nullable(),
  fiscalPeriodDate: isoDate,
  amountCents: cents
})
export type PaymentProviderAdjustment = Infer<typeof PaymentProviderAdjustment>

/** How the claims of one payment came out, by what a biller does next. */
export const ClaimCounts = z.strictObject({
  claims: count,
  /** paid > 0, nothing denied */
  paid: count,
  partiallyPaid: count,
  denied: count,
  /** processed, $0.00 paid: the whole allowed amount went to the client's deductible, coinsurance or copay */
  patientShareOnly: count,
  /** CLP02 22 */
  reversals: count,
  /** claims that replace a reversed one in the same payment */
  corrections: count,
  /** anything else (pending, not our claim, predetermination …) */
  other: count
})
export type ClaimCounts = Infer<typeof ClaimCounts>

export const Payment = z.strictObject({
  /** payer + check/EFT trace number (see paymentId in src/storage/remittance-plan.ts) */
  id: z.string().min(1),
  /** N1*PR */
  payer: z.string().nullable(),
  /** N1*PE */
  payee: z.string().nullable(),
  /** TRN02, the check or EFT trace number */
  checkNumber: z.string().nullable(),
  /** BPR04: ACH, CHK, BOP, FWT, NON */
  method: z.string().nullable(),
  /** BPR01: I remittance with payment, H notification only … */
  handlingCode: z.string(),
  /** BPR16 */
  paymentDate: isoDate,
  /** DTM*405 */
  productionDate: isoDate,
  /** BPR02, negative when BPR03 is D (the payer takes money back) */
  amountCents: cents,
  /** Σ CLP04 */
  claimsPaidCents: cents,
  /** Σ every CAS amount (claim and line level), by group */
  adjustmentsCents: cents,
  adjustmentsByGroup: z.strictObject(
    Object.fromEntries(ADJUSTMENT_GROUPS.map((g) => [g, cents])) as Record<
      (typeof ADJUSTMENT_GROUPS)[number],
      typeof cents
    >
  ),
  providerAdjustments: z.array(PaymentProviderAdjustment),
  /** Σ PLB amounts */
  providerAdjustmentsCents: cents,
  /** Σ CLP04 − Σ PLB: what BPR02 should be */
  expectedCents: cents,
  /** BPR02 − expected: 0 when the payment balances */
  differenceCents: cents,
  balanced: z.boolean(),
  counts: ClaimCounts,
  /** the stored claims this payment concerns (record keys), in the file's order, each once */
  claimKeys: z.array(z.string()),
  /** the file it was imported from, and a fingerprint of what it said (the same check imported again is skipped) */
  fileName: z.string(),
  fingerprint: z.string(),
  importedAt: z.string()
})
export type Payment = Infer<typeof Payment>

/** One check/EFT as a summary shows it before saving. */
export const PaymentLine = z.strictObject({
  payer: z.string().nullable(),
  checkNumber: z.string().nullable(),
  paymentDate: isoDate,
  amountCents: cents,
  claims: count,
  providerAdjustments: count,
  balanced: z.boolean(),
  differenceCents: cents
})
export type PaymentLine = Infer<typeof PaymentLine>

/** What one 835 file holds (era/preview), and once planned against what is stored, what it changes (era/import). */
export const RemittanceSummary = z.strictObject({
  fileName: z.string(),
  counts: ClaimCounts,
  providerAdjustments: count,
  payments: z.array(PaymentLine),
  /** "214 claims: 190 paid, 12 denied, 9 patient share only, 3 reversals; 2 provider adjustments" */
  text: z.string(),
  /** filled once planned against the stored claims */
  changes: z
    .strictObject({
      /** claims not stored before */
      added: count,
      /** stored claims (read from a portal or an earlier remittance) the remittance changed */
      updated: count,
      unchanged: count,
      /** stored claims found by claim number and a payer named differently (see matchKnownClaim) */
      matchedByPayerName: count,
      /** claims a later remittance already decided (an older file imported after a newer one) */
      olderThanStored: count,
      /** checks/EFTs already imported with the same content: skipped whole */
      paymentsAlreadyImported: count
    })
    .nullable()
})
export type RemittanceSummary = Infer<typeof RemittanceSummary>
