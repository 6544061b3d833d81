// Plain-language explanations of adjustment and remark codes, who is liable for each by group code, the
// corrected-claim rule, and the facts PayerLens holds that help with a given denial.
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { isDenialAdjustment } from "../model/claim-status"
import { CARC_EXPLANATIONS, type CodeExplanation, type CodeKind } from "./carc"
import { RARC_EXPLANATIONS, type RemarkExplanation } from "./rarc"
import type { ExplainContext } from "./liability"
import { payerKind } from "./payer-kind"
import { payerKey } from "../model/payer"
import { samePerson } from "../browse/patient"

export type { CodeExplanation, CodeKind, RemarkExplanation }
export { CARC_EXPLANATIONS, RARC_EXPLANATIONS }
export { explainAdjustment, explainRemark, adjustmentKind } from "./liability"
export type { AdjustmentExplanation, ExplainContext, Liable, MayBillClient, RemarkHelp } from "./liability"
export { correctionRoute, NEW_CLAIM_REMARKS } from "./corrected-claim"
export type { Correction, CorrectionContext, CorrectionRoute } from "./corrected-claim"
export { payerKind, PAYER_KINDS } from "./payer-kind"
export type { PayerKind } from "./payer-kind"
export type { Source } from "./sources"

export function explainCarc(reason: string): CodeExplanation | null {
  return CARC_EXPLANATIONS.get(reason.toUpperCase()) ?? null
}

export function explainRarc(code: string): RemarkExplanation | null {
  return RARC_EXPLANATIONS.get(code.toUpperCase()) ?? null
}

/** Claim-level and line-level adjustments together. */
export function allAdjustments(claim: StoredClaim): StoredClaim["adjustments"] {
  return [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)]
}

/** Claim-level and line-level remark codes, each once. */
export function allRemarkCodes(claim: StoredClaim): string[] {
  return [...new Set([...claim.remarkCodes, ...claim.lines.flatMap((l) => l.remarkCodes)].map((c) => c.toUpperCase()))]
}

/** The adjustments that deny (src/model/claim-status.ts): not cost share, not contractual or informational, not $0. */
export function denialAdjustments(claim: StoredClaim): StoredClaim["adjustments"] {
  return allAdjustments(claim).filter(isDenialAdjustment)
}

/** What an explanation of this claim's codes needs to know about the claim. */
export function claimContext(claim: StoredClaim): ExplainContext {
  return {
    payerKind: payerKind(claim.payer),
    remarkCodes: allRemarkCodes(claim),
    status: claim.status,
    claimNumber: claim.claimNumber
  }
}

/** For CO-197/CO-198/CO-15: the stored authorizations of that client and payer whose dates cover the date of
 * service. Dates only: whether they cover the code and the units is the authorization-coverage rule's job. */
export function authorizationsCovering(claim: StoredClaim, auths: StoredAuthorization[]): StoredAuthorization[] {
  const day = claim.serviceFrom
  if (!day) return []
  const payer = payerKey(claim.payer, claim.portal)
  return auths.filter(
    (a) =>
      payerKey(a.payer, a.portal) === payer &&
      samePerson(a.patient, claim.patient) &&
      (!a.startDate || a.startDate <= day) &&
      (!a.endDate || day <= a.endDate)
  )
}
