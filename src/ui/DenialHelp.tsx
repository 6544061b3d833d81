// What each code on a claim means, who is liable for it by its group code, whether the client may be billed,
// the usual cause and the fix — plus what PayerLens itself holds that helps. The client's share (PR-1/2/3) is
// shown as such; contractual and informational codes are explained but not flagged.
import {
  allAdjustments,
  allRemarkCodes,
  authorizationsCovering,
  claimContext,
  explainAdjustment,
  explainRemark,
  type MayBillClient,
  type Source
} from "../codes"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { money, usDate } from "./format"

const AUTH_CODES = new Set(["197", "198", "15", "39", "210", "284", "296", "302"])
const BILL: Record<MayBillClient, string> = {
  no: "No",
  yes: "Yes",
  "only-with-signed-notice": "Only with a signed advance notice"
}
const SHARE_WORD: Record<string, string> = { "1": "deductible", "2": "coinsurance", "3": "copay" }

function facts(claim: StoredClaim, reason: string, auths: StoredAuthorization[]): string | null {
  if (AUTH_CODES.has(reason)) {
    const covering = authorizationsCovering(claim, auths)
    if (covering.length === 0)
      return `PayerLens holds no authorization for this client and payer covering ${usDate(claim.serviceFrom)}.`
    const codes = [...new Set(claim.lines.map((l) => l.procedureCode))]
    const describe = (a: StoredAuthorization) => {
      const listed =
        a.serviceCodes.length === 0
          ? ""
          : codes
              .filter((c) => !a.serviceCodes.includes(c))
              .map((c) => `; it does not list ${c}`)
              .join("")
      const count =
        a.unitsApproved !== null
          ? `, ${a.unitsUsed ?? "?"} of ${a.unitsApproved} ${a.unitType ?? "visits"} used per the portal`
          : ""
      return `auth ${a.authNumber} (${usDate(a.startDate)}–${usDate(a.endDate)}, ${a.serviceCodes.join(", ") || "codes not shown"}${count}${listed})`
    }
    return `PayerLens holds ${covering.map(describe).join("; ")} covering ${usDate(claim.serviceFrom)}.`
  }
  if (reason === "29")
    return `${claim.receivedDate ? `The payer shows the claim received ${usDate(claim.receivedDate)}. ` : ""}Proof of timely filing is the clearinghouse acceptance report: enter its date when you draft the letter.`
  return null
}

function Sources({ sources }: { sources: Source[] }) {
  return (
    <p className="line2 sources">
      Sources:{" "}
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && " · "}
          <a href={s.url} target="_blank" rel="noreferrer" title={s.says}>
            {s.name}
          </a>
        </span>
      ))}
    </p>
  )
}

export function DenialHelp({ claim, auths }: { claim: StoredClaim; auths: StoredAuthorization[] }) {
  const ctx = claimContext(claim)
  const adjustments = [...new Map(allAdjustments(claim).map((a) => [`${a.group}-${a.reason}`, a])).values()].map((a) =>
    explainAdjustment(a, ctx)
  )
  const share = allAdjustments(claim)
    .map((a) => explainAdjustment(a, ctx))
    .filter((e) => e.kind === "cost-share" && (e.amountCents ?? 1) !== 0)
  const codes = adjustments.filter((e) => e.kind !== "cost-share").sort((a, b) => Number(b.flagged) - Number(a.flagged))
  const remarks = allRemarkCodes(claim).map((code) => explainRemark(code, ctx))
  if (codes.length + remarks.length + share.length === 0) return null
  return (
    <div className="help">
      {share.length > 0 && (
        <p className="line2" data-testid="client-share">
          Client's share (not a denial):{" "}
          {share
            .map(
              (e) =>
                `${e.label} ${SHARE_WORD[e.reason] ?? "patient share"}${e.amountCents !== null ? ` ${money(e.amountCents)}` : ""}`
            )
            .join(" · ")}
          {ctx.payerKind === "medicaid" ? " — Medicaid: collect only this plan-required share." : ""}
        </p>
      )}
      {codes.map((e) => {
        const extra = e.flagged ? facts(claim, e.reason, auths) : null
        return (
          <details key={e.label} data-testid="code-help" className={e.flagged ? "denial" : "info"}>
            <summary>
              <code>{e.label}</code> {e.meaning}
              {!e.flagged && <em> (not a denial)</em>}
            </summary>
            <p className="line2" data-testid="code-liability">
              {e.liability} Bill the client: {BILL[e.mayBillClient]} — {e.why}
            </p>
            <p className="line2">
              {e.cause && (
                <>
                  Usual cause: {e.cause} <br />
                </>
              )}
              Fix: {e.fix}
            </p>
            {extra && (
              <p className="line2" data-testid="code-facts">
                {extra}
              </p>
            )}
            <Sources sources={e.source} />
          </details>
        )
      })}
      {remarks.map((r) => (
        <details key={r.code} data-testid="code-help" className={r.flagged ? "denial" : "info"}>
          <summary>
            <code>{r.code}</code> {r.meaning}
            {r.alert && <em> (alert, not a denial)</em>}
          </summary>
          <p className="line2">
            {r.cause && (
              <>
                Usual cause: {r.cause} <br />
              </>
            )}
            Fix: {r.fix}
          </p>
          <Sources sources={r.source} />
        </details>
      ))}
    </div>
  )
}
