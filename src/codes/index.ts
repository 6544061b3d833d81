// Plain-language explanations of denial codes, and the facts PayerLens holds that help with a given denial.
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { CARC_EXPLANATIONS, type CodeExplanation } from "./carc"
import { RARC_EXPLANATIONS } from "./rarc"
import { payerKey } from "../model/payer"
import { samePerson } from "../browse/patient"

export type { CodeExplanation }
export { CARC_EXPLANATIONS, RARC_EXPLANATIONS }

export function explainCarc(reason: string): CodeExplanation | null {
  return CARC_EXPLANATIONS.get(reason.toUpperCase()) ?? null
}

export function explainRarc(code: string): CodeExplanation | null {
  return RARC_EXPLANATIONS.get(code.toUpperCase()) ?? null
}

/** The adjustments that deny or reduce payment: not the patient's share (PR) nor a contractual write-down (45). */
export function denialAdjustments(claim: StoredClaim): StoredClaim["adjustments"] {
  return [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)].filter((a) => a.group !== "PR" && a.reason !== "45")
}

/** For CO-197/CO-198/CO-15: the stored authorizations of that client and payer that cover the date of service. */
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
