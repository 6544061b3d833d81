import type { StoredClaim } from "../model/records"

/** Every CARC (group-reason) and RARC on a claim, claim-level first, each once. */
export function claimCodes(claim: StoredClaim): { carcs: string[]; rarcs: string[] } {
  const adjustments = [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)]
  const carcs = [...new Set(adjustments.map((a) => `${a.group}-${a.reason}`))]
  const rarcs = [...new Set([...claim.remarkCodes, ...claim.lines.flatMap((l) => l.remarkCodes)])]
  return { carcs, rarcs }
}
