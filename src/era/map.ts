// The mapper: the 835's structure into capture-v1 claims, exactly as ../shared/contracts/README.md ("era") says.
import type { Adjustment, Capture, Claim, ClaimLine } from "../model/capture"
import { remittanceClaimStatus } from "../model/claim-status"
import { formatDollars } from "./money"
import type {
  Name,
  ProviderAdjustment,
  RemittanceAdjustment,
  RemittanceClaim,
  RemittanceLine,
  RemittanceTransaction
} from "./types"

const adjustment = (a: RemittanceAdjustment): Adjustment => ({
  group: a.group,
  reason: a.reason,
  amountCents: a.amountCents
})

/** `LAST, FIRST` from NM1*QC. */
export function patientName(n: Name | null): string | null {
  if (!n) return null
  const parts = [n.last, n.first].filter((p): p is string => p !== null)
  return parts.length ? parts.join(", ") : null
}

export function mapLine(l: RemittanceLine): ClaimLine {
  return {
    procedureCode: l.procedureCode,
    modifiers: l.modifiers,
    units: l.units ?? 1,
    serviceDate: l.serviceDate,
    billedCents: l.chargeCents,
    paidCents: l.paidCents,
    adjustments: l.adjustments.map(adjustment),
    remarkCodes: l.remarkCodes
  }
}

/** DTM*232/233 (a lone one fills both ends), else the earliest and latest line date. */
export function servicePeriod(
  c: RemittanceClaim,
  lines: ClaimLine[]
): { serviceFrom: string | null; serviceTo: string | null } {
  const from = c.dates["232"] ?? null
  const to = c.dates["233"] ?? null
  if (from || to) return { serviceFrom: from ?? to, serviceTo: to ?? from }
  const dates = lines
    .map((l) => l.serviceDate)
    .filter((d): d is string => d !== null)
    .sort()
  return { serviceFrom: dates[0] ?? null, serviceTo: dates[dates.length - 1] ?? null }
}

export function mapClaim(c: RemittanceClaim, tx: RemittanceTransaction): Claim {
  const lines = c.lines.map(mapLine)
  const adjustments = c.adjustments.map(adjustment)
  const allAdjustments = adjustments.concat(...lines.map((l) => l.adjustments))
  return {
    claimNumber: c.payerClaimControlNumber ?? c.patientControlNumber,
    payer: tx.payer.name,
    patient: { name: patientName(c.patient), memberId: c.patient?.id ?? c.insured?.id ?? null, dateOfBirth: null },
    ...servicePeriod(c, lines),
    status: remittanceClaimStatus(c.statusCode, {
      paidCents: c.paidCents,
      patientResponsibilityCents: c.patientResponsibilityCents,
      adjustments: allAdjustments
    }),
    statusText: c.statusMeaning,
    billedCents: c.chargeCents,
    allowedCents: c.amounts.AU ?? null,
    paidCents: c.paidCents,
    patientResponsibilityCents: c.patientResponsibilityCents,
    receivedDate: c.dates["050"] ?? null,
    processedDate: tx.productionDate ?? tx.payment.date,
    paymentDate: tx.payment.date,
    checkNumber: tx.payment.traceNumber,
    adjustments,
    remarkCodes: [...c.moaRemarkCodes, ...c.claimRemarkCodes],
    diagnosisCodes: [],
    lines
  }
}

/** One warnings line per provider-level adjustment: not a claim, but it changes what the check pays. */
export function plbWarning(p: ProviderAdjustment, tx: RemittanceTransaction): string {
  const what = [p.reasonCode, p.reasonMeaning].filter(Boolean).join(" ")
  const ref = p.reference ? `, reference ${p.reference}` : ""
  const effect =
    p.amountCents < 0
      ? `${formatDollars(-p.amountCents)} added to the payment`
      : p.amountCents > 0
        ? `${formatDollars(p.amountCents)} taken from the payment`
        : "$0.00, no change to the payment"
  const check = tx.payment.traceNumber ? `check/EFT ${tx.payment.traceNumber}` : `transaction ${tx.controlNumber}`
  return `Provider-level adjustment (PLB) on ${check}, not a claim: ${what}${ref}: ${effect}`
}

export function toCapture(transactions: RemittanceTransaction[], fileName: string): Capture {
  return {
    version: 1,
    portal: "era",
    url: `file:${fileName}`,
    pageKind: "remittance",
    claims: transactions.flatMap((tx) => tx.claims.map((c) => mapClaim(c, tx))),
    authorizations: [],
    warnings: transactions.flatMap((tx) => tx.providerAdjustments.map((p) => plbWarning(p, tx)))
  }
}
