// One authorization: visits (or units) used of approved as a bar, days left, the run-out forecast, usage mismatch,
// flags. A unit-based authorization ("96 units") is counted and forecast in units, and says so.
import type { AuthorizationRow } from "../messages/rows"
import { daysLeftText, usDate } from "./format"
import { PatientLink } from "./PatientLink"
import { TimelineToggle } from "./TimelineToggle"

const flagText = (unit: string) =>
  ({ low: `few ${unit} left`, exhausted: `no ${unit} left`, expiring: "ends soon", expired: "expired" }) as const

export function AuthRow({
  auth: a,
  onPatient,
  highlighted
}: {
  auth: AuthorizationRow
  onPatient?: (key: string) => void
  highlighted?: boolean
}) {
  const approved = a.unitsApproved
  const used = a.unitsUsed ?? (approved !== null && a.watch.remaining !== null ? approved - a.watch.remaining : null)
  const unit = a.unitType ?? "visits"
  const units = unit === "units"
  const FLAG_TEXT = flagText(unit)
  return (
    <article
      className={`row${a.watch.needsAttention ? " attention" : ""}${highlighted ? " here" : ""}`}
      data-testid="auth-row"
      aria-label={`Authorization ${a.authNumber}`}
    >
      <div className="line1">
        <PatientLink patient={a.patient} onPatient={onPatient} />
        <span className={`status status-${a.status}`}>{a.statusText || a.status}</span>
      </div>
      <div className="line2">
        <span>{a.payer ?? "Payer not shown"}</span> · <span>Auth {a.authNumber}</span>
        {a.serviceCodes.length > 0 && <span> · {a.serviceCodes.join(", ")}</span>}
        {highlighted && <span className="flag here-flag">on this page</span>}
      </div>
      {a.alsoSeenOn?.length ? (
        <div className="line2" data-testid="also-seen">
          also seen on {a.alsoSeenOn.map((s) => s.origin.replace(/^[a-z]+:\/\//, "")).join(", ")}
        </div>
      ) : null}
      {approved !== null && used !== null ? (
        <div className="usage">
          <progress
            max={approved}
            value={Math.min(used, approved)}
            aria-label={`${used} of ${approved} ${unit} used`}
          />
          <span data-testid="usage">
            {used} of {approved} {unit} used
          </span>
        </div>
      ) : (
        <div className="line2">{units ? "Units" : "Visits"} not shown on the portal page</div>
      )}
      {a.usage.differs && (
        <div className="line2" data-testid="usage-differs">
          {units
            ? `Portal: ${a.usage.portalUsed} units used; ${a.usage.seen} unit${a.usage.seen === 1 ? "" : "s"} billed on the claims seen since ${usDate(a.usage.since)}`
            : `Portal: ${a.usage.portalUsed} used; ${a.usage.seen} claim${a.usage.seen === 1 ? "" : "s"} seen since ${usDate(a.usage.since)}`}
        </div>
      )}
      {a.runOut && (
        <div className="line2" data-testid="run-out">
          At this client's pace, {units ? "units" : "visits"} run out about {usDate(a.runOut)}
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
      <TimelineToggle recordKey={a.key} />
    </article>
  )
}
