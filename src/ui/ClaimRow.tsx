// One claim as every list shows it; an open denial also unfolds its codes' meaning, "Mark resolved" and the
// appeal letter draft. The codes and their meanings come from a chunk of their own (ClaimCodes.tsx, with the
// code tables), loaded once the first view is painted: the row shows at once, its codes a moment later.
import { lazy, Suspense, useState, type ReactNode } from "react"
import { codesChunk } from "./first-paint"
import type { AuthorizationRow } from "../messages/rows"
import type { ResolutionReason, StoredClaim } from "../model/records"
import { isOpenDenial } from "../tracking/overview"
import { money, usDate } from "./format"
import { PatientLink } from "./PatientLink"
import { TimelineToggle } from "./TimelineToggle"

const ClaimCodes = lazy(() => codesChunk)
// the appeal form brings the deadline tables: loaded when "Appealed" is pressed
const AppealForm = lazy(() => import("./AppealForm"))

export type ClaimActions = {
  onResolve?: (key: string, reason: ResolutionReason) => void
  onResolveMany?: (keys: string[], reason: ResolutionReason) => void
  onLetter?: (claim: StoredClaim) => void
  onPatient?: (key: string) => void
  /** "Explain to the client": a processed claim in plain words for the client */
  onExplain?: (claim: StoredClaim) => void
  /** an appeal was recorded on a claim (the lists reload: it stays in A/R with its decision-due date) */
  onAppealed?: () => void
}

/** Claims the plan processed: what the client owes on them can be explained. */
export const isProcessed = (c: StoredClaim) =>
  c.status === "paid" || c.status === "partially_paid" || c.status === "denied"

export const RESOLVE_LABELS: [ResolutionReason, string][] = [
  ["resubmitted", "Resubmitted"],
  ["appealed", "Appealed"],
  ["written_off", "Written off"]
]

/** A row that can be picked for an action on several claims at once. */
export type Selection = { selected: boolean; onChange: (selected: boolean) => void }
type Props = {
  claim: StoredClaim
  auths: AuthorizationRow[]
  actions: ClaimActions
  extra?: ReactNode
  highlighted?: boolean
  selection?: Selection
}

export function ClaimRow({ claim: c, auths, actions, extra, highlighted, selection }: Props) {
  const open = isOpenDenial(c)
  const [appealing, setAppealing] = useState(false)
  return (
    <article
      className={`row${highlighted ? " here" : ""}`}
      data-testid={open ? "denial-row" : "claim-row"}
      aria-label={`Claim ${c.claimNumber}`}
    >
      <div className="line1">
        <span className="who">
          {selection && (
            <input
              type="checkbox"
              aria-label={`Select claim ${c.claimNumber}`}
              checked={selection.selected}
              onChange={(e) => selection.onChange(e.target.checked)}
            />
          )}
          <PatientLink patient={c.patient} onPatient={actions.onPatient} />
        </span>
        <span className={`status status-${c.status}`}>
          {c.resolution ? `resolved: ${c.resolution.reason.replace("_", " ")}` : c.status.replace("_", " ")}
        </span>
      </div>
      <div className="line2">
        <span>DOS {usDate(c.serviceFrom)}</span> · <span>{c.payer ?? "Payer not shown"}</span> ·{" "}
        <span>Claim {c.claimNumber}</span>
        {highlighted && <span className="flag here-flag">on this page</span>}
      </div>
      {c.alsoSeenOn?.length ? (
        <div className="line2" data-testid="also-seen">
          also seen on {c.alsoSeenOn.map((s) => s.origin.replace(/^[a-z]+:\/\//, "")).join(", ")}
        </div>
      ) : null}
      <div className="line2">
        Billed <span data-testid="billed">{money(c.billedCents)}</span> · Paid{" "}
        <span data-testid="paid">{money(c.paidCents)}</span>
      </div>
      {extra}
      <Suspense fallback={null}>
        <ClaimCodes claim={c} auths={auths} open={open} />
      </Suspense>
      {open && (actions.onResolve || actions.onLetter) && (
        <div className="actions">
          {actions.onLetter && (
            <button type="button" onClick={() => actions.onLetter!(c)}>
              Draft appeal letter
            </button>
          )}
          {actions.onResolve && (
            <div className="actions" role="group" aria-label={`Mark claim ${c.claimNumber} resolved`}>
              <span className="line2">Mark resolved:</span>
              {RESOLVE_LABELS.map(([reason, label]) => (
                <button
                  key={reason}
                  type="button"
                  className="secondary"
                  onClick={() =>
                    reason === "appealed" && c.status !== "rejected"
                      ? setAppealing(true)
                      : actions.onResolve!(c.key, reason)
                  }
                >
                  {label}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {appealing && (
        <Suspense fallback={null}>
          <AppealForm
            claim={c}
            onCancel={() => setAppealing(false)}
            onDone={() => (setAppealing(false), actions.onAppealed?.())}
          />
        </Suspense>
      )}
      {actions.onExplain && isProcessed(c) && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => actions.onExplain!(c)}>
            Explain to the client
          </button>
        </div>
      )}
      <TimelineToggle recordKey={c.key} />
    </article>
  )
}
