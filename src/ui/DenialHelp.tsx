// What each denial code means, the usual cause and the fix — plus what PayerLens itself holds that helps.
import { authorizationsCovering, denialAdjustments, explainCarc, explainRarc } from "../codes"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { usDate } from "./format"

const AUTH_CODES = new Set(["197", "198", "15", "39"])

function facts(claim: StoredClaim, reason: string, auths: StoredAuthorization[]): string | null {
  if (AUTH_CODES.has(reason)) {
    const covering = authorizationsCovering(claim, auths)
    if (covering.length === 0) return `PayerLens holds no authorization for this client and payer covering ${usDate(claim.serviceFrom)}.`
    return `PayerLens holds ${covering.map((a) => `auth ${a.authNumber} (${usDate(a.startDate)}–${usDate(a.endDate)}, ${a.serviceCodes.join(", ") || "codes not shown"})`).join("; ")} covering ${usDate(claim.serviceFrom)}.`
  }
  if (reason === "29") {
    const dates = [claim.receivedDate && `payer received ${usDate(claim.receivedDate)}`, `PayerLens first saw this claim ${usDate(claim.firstSeenAt.slice(0, 10))}`]
    return `Dates captured as proof: ${dates.filter(Boolean).join("; ")}.`
  }
  return null
}

export function DenialHelp({ claim, auths }: { claim: StoredClaim; auths: StoredAuthorization[] }) {
  const adjustments = denialAdjustments(claim)
  const carcs = [...new Map(adjustments.map((a) => [`${a.group}-${a.reason}`, a])).values()]
  const rarcs = [...new Set([...claim.remarkCodes, ...claim.lines.flatMap((l) => l.remarkCodes)])]
  const items = [
    ...carcs.map((a) => ({ label: `${a.group}-${a.reason}`, text: explainCarc(a.reason), extra: facts(claim, a.reason, auths) })),
    ...rarcs.map((code) => ({ label: code, text: explainRarc(code), extra: null }))
  ]
  if (items.length === 0) return null
  return (
    <div className="help">
      {items.map(({ label, text, extra }) => (
        <details key={label} data-testid="code-help">
          <summary>
            <code>{label}</code> {text ? text.meaning : "PayerLens has no explanation for this code yet — see x12.org/codes."}
          </summary>
          {text && (
            <p className="line2">
              Usual cause: {text.cause} <br />
              Fix: {text.fix}
            </p>
          )}
          {extra && <p className="line2" data-testid="code-facts">{extra}</p>}
        </details>
      ))}
    </div>
  )
}
