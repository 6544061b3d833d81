// The scrubber over what the worker holds: every stored claim that is not closed, and a draft claim typed in the
// "Check before you submit" form, against the stored authorizations.
import { scrubClaims, type ScrubClaim } from "../coding/scrub"
import type { DraftClaim } from "../messages/scrub-check"
import type { ScrubAnswer } from "../messages/scrub-stored"
import type { Records } from "../tracking/tick"

/** Claims still worth checking: not resolved, and not paid in full (a paid claim's coding is settled). */
const open = (c: Records["claims"][number]) => c.resolution === null && c.status !== "paid" && c.status !== "reversed"

export function scrubStored(records: Records): ScrubAnswer {
  const claims = records.claims.filter(open)
  const findings = scrubClaims(claims, records.auths, records.claims)
  const byNumber = new Map<string, ScrubAnswer["claims"][number]>()
  for (const f of findings) {
    const claim = claims.find((c) => c.claimNumber === f.claimNumber)
    if (!claim) continue
    const entry = byNumber.get(claim.key) ?? { claim, findings: [] }
    entry.findings.push(f)
    byNumber.set(claim.key, entry)
  }
  return { ok: true, claims: [...byNumber.values()] }
}

export function scrubDraft(records: Records, draft: DraftClaim) {
  const claim: ScrubClaim = {
    claimNumber: "draft",
    payer: draft.payer,
    patient: draft.patient,
    serviceFrom: draft.serviceFrom,
    status: "unknown",
    lines: draft.lines,
    diagnosisCodes: draft.diagnosisCodes,
    portal: "draft"
  }
  const findings = scrubClaims([claim], records.auths, records.claims)
  return { ok: true as const, findings, authorizations: records.auths.length }
}
