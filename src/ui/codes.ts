import type { StoredClaim } from "../model/records"
import { adjustmentKind, allAdjustments, allRemarkCodes, explainRemark, claimContext } from "../codes"
import { isDenialAdjustment } from "../model/claim-status"

/** The codes on a claim, claim level first, each once: `carcs` are the denials to act on (the chips); the
 * client's share (PR-1/2/3 …) and contractual or informational codes are kept apart, never shown as denials.
 * `rarcs` are the remark codes that are not alerts; `alerts` the informational ones. */
export function claimCodes(claim: StoredClaim): {
  carcs: string[]
  share: string[]
  other: string[]
  rarcs: string[]
  alerts: string[]
} {
  const label = (a: StoredClaim["adjustments"][number]) => `${a.group}-${a.reason}`
  const adjustments = allAdjustments(claim)
  const carcs = [...new Set(adjustments.filter(isDenialAdjustment).map(label))]
  const share = [...new Set(adjustments.filter((a) => adjustmentKind(a) === "cost-share").map(label))]
  const other = [...new Set(adjustments.map(label))].filter((c) => !carcs.includes(c) && !share.includes(c))
  const ctx = claimContext(claim)
  const remarks = allRemarkCodes(claim).map((code) => explainRemark(code, ctx))
  return {
    carcs,
    share,
    other,
    rarcs: remarks.filter((r) => !r.alert).map((r) => r.code),
    alerts: remarks.filter((r) => r.alert).map((r) => r.code)
  }
}
