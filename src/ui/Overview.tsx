import type { OverviewResponse } from "../messages/protocol"
import { claimCodes } from "./codes"
import { useState, type ReactNode } from "react"
import { DenialHelp } from "./DenialHelp"
import { authFilter, type AuthFilter } from "./auth-filter"
import { daysLeftText, money, usDate } from "./format"

type Ok = Extract<OverviewResponse, { ok: true }>
type OverviewData = Ok["overview"]

const FLAG_TEXT = { low: "few visits left", exhausted: "no visits left", expiring: "ends soon", expired: "expired" } as const

/** Each row can unfold its timeline; the popup supplies how to load it. */
export type TimelineSlot = (recordKey: string) => ReactNode

export type ResolveReason = "resubmitted" | "appealed" | "written_off"
type DenialsProps = {
  denials: OverviewData["denials"]
  authorizations?: OverviewData["authorizations"]
  timeline?: TimelineSlot
  onResolve?: (key: string, reason: ResolveReason) => void
}

const RESOLVE_LABELS: [ResolveReason, string][] = [["resubmitted", "Resubmitted"], ["appealed", "Appealed"], ["written_off", "Written off"]]

export function Denials({ denials, authorizations = [], timeline, onResolve }: DenialsProps) {
  if (denials.length === 0)
    return (
      <p className="empty">
        No open denials. Open a claim-status page in Availity and PayerLens reads it as you browse; denied, rejected and
        partially paid claims appear here.
      </p>
    )
  return (
    <ul className="rows" aria-label="Denied claims">
      {denials.map((c) => {
        const { carcs, rarcs } = claimCodes(c)
        return (
          <li key={c.key} className="row" data-testid="denial-row">
            <div className="line1">
              <strong className="patient">{c.patient.name ?? "Patient not shown"}</strong>
              <span className={`status status-${c.status}`}>{c.status.replace("_", " ")}</span>
            </div>
            <div className="line2">
              <span>DOS {usDate(c.serviceFrom)}</span> · <span>{c.payer ?? "Payer not shown"}</span> ·{" "}
              <span>Claim {c.claimNumber}</span>
            </div>
            <div className="line2">
              <span>
                Billed <span data-testid="billed">{money(c.billedCents)}</span>
              </span>{" "}
              · <span>
                Paid <span data-testid="paid">{money(c.paidCents)}</span>
              </span>
            </div>
            {carcs.length + rarcs.length > 0 && (
              <div className="codes" aria-label="Denial codes">
                {carcs.map((code) => (
                  <code key={code} className="carc">
                    {code}
                  </code>
                ))}
                {rarcs.map((code) => (
                  <code key={code} className="rarc">
                    {code}
                  </code>
                ))}
              </div>
            )}
            <DenialHelp claim={c} auths={authorizations} />
            {onResolve && (
              <div className="actions" aria-label="Mark resolved">
                <span className="line2">Mark resolved:</span>
                {RESOLVE_LABELS.map(([reason, label]) => (
                  <button key={reason} type="button" className="secondary" onClick={() => onResolve(c.key, reason)}>
                    {label}
                  </button>
                ))}
              </div>
            )}
            {timeline?.(c.key)}
          </li>
        )
      })}
    </ul>
  )
}

const FILTERS: [AuthFilter, string][] = [["active", "Active"], ["expiring", "Expiring or low"], ["expired", "Expired"]]

export function Authorizations({ authorizations, timeline }: { authorizations: OverviewData["authorizations"]; timeline?: TimelineSlot }) {
  const [filter, setFilter] = useState<AuthFilter>("active") // expired ones are hidden by default
  if (authorizations.length === 0)
    return (
      <p className="empty">
        No authorizations yet. Open your portal's authorization list or an authorization's detail page; PayerLens keeps
        each one and warns before visits or dates run out.
      </p>
    )
  const shown = authorizations.filter(authFilter(filter))
  return (
    <>
      <div className="filters" role="group" aria-label="Show authorizations">
        {FILTERS.map(([value, label]) => (
          <button key={value} type="button" className="secondary" aria-pressed={filter === value} onClick={() => setFilter(value)}>
            {label} ({authorizations.filter(authFilter(value)).length})
          </button>
        ))}
      </div>
      {shown.length === 0 && <p className="empty">None here.</p>}
      <AuthorizationList shown={shown} timeline={timeline} />
    </>
  )
}

function AuthorizationList({ shown, timeline }: { shown: OverviewData["authorizations"]; timeline?: TimelineSlot }) {
  if (shown.length === 0) return null
  return (
    <ul className="rows" aria-label="Authorizations">
      {shown.map((a) => {
        const approved = a.unitsApproved
        const used = a.unitsUsed ?? (approved !== null && a.watch.remaining !== null ? approved - a.watch.remaining : null)
        const unit = a.unitType ?? "visits"
        return (
          <li key={a.key} className={`row${a.watch.needsAttention ? " attention" : ""}`} data-testid="auth-row">
            <div className="line1">
              <strong className="patient">{a.patient.name ?? "Patient not shown"}</strong>
              <span className={`status status-${a.status}`}>{a.statusText || a.status}</span>
            </div>
            <div className="line2">
              <span>{a.payer ?? "Payer not shown"}</span> · <span>Auth {a.authNumber}</span>
              {a.serviceCodes.length > 0 && <span> · {a.serviceCodes.join(", ")}</span>}
            </div>
            {approved !== null && used !== null ? (
              <div className="usage">
                <progress max={approved} value={Math.min(used, approved)} aria-label={`${used} of ${approved} ${unit} used`} />
                <span data-testid="usage">
                  {used} of {approved} {unit} used
                </span>
              </div>
            ) : (
              <div className="line2">Visits not shown on the portal page</div>
            )}
            {a.usage.differs && (
              <div className="line2" data-testid="usage-differs">
                Portal: {a.usage.portalUsed} used; {a.usage.seen} claim{a.usage.seen === 1 ? "" : "s"} seen since {usDate(a.usage.since)}
              </div>
            )}
            {a.runOut && (
              <div className="line2" data-testid="run-out">
                At this client's pace, visits run out about {usDate(a.runOut)}
              </div>
            )}
            <div className="line2">
              Ends {usDate(a.endDate)} · <span data-testid="days-left">{daysLeftText(a.watch.daysLeft)}</span>
              {a.watch.flags.map((f) => (
                <span key={f} className={`flag flag-${f}`}>
                  {FLAG_TEXT[f]}
                </span>
              ))}
            </div>
            {timeline?.(a.key)}
          </li>
        )
      })}
    </ul>
  )
}
