// The two lists of the main views: open denials, and authorizations with their filters.
import { useState } from "react"
import type { AuthorizationRow } from "../messages/rows"
import type { ResolutionReason, StoredClaim } from "../model/records"
import { authFilter, type AuthFilter } from "./auth-filter"
import { AuthRow } from "./AuthRow"
import { ClaimRow, RESOLVE_LABELS, type ClaimActions } from "./ClaimRow"
import { VirtualList } from "./VirtualList"

type Marked = { highlighted?: ReadonlySet<string> }

/** `firstRows`: rows in the first paint (VirtualList). */
export function Denials({
  denials,
  authorizations,
  actions,
  highlighted,
  firstRows
}: { denials: StoredClaim[]; authorizations: AuthorizationRow[]; actions: ClaimActions; firstRows?: number } & Marked) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  if (denials.length === 0)
    return (
      <p className="empty">
        No open denials. Open a claim-status page in your payer's portal and PayerLens reads it as you browse; denied,
        rejected and partially paid claims appear here.
      </p>
    )
  return (
    <>
      {actions.onResolveMany && (
        <ResolveSelected
          denials={denials}
          selected={selected}
          setSelected={setSelected}
          onResolve={actions.onResolveMany}
        />
      )}
      <VirtualList items={denials} keyOf={(c) => c.key} label="Denied claims" estimate={150} firstRows={firstRows}>
        {(c) => (
          <ClaimRow
            claim={c}
            auths={authorizations}
            actions={actions}
            highlighted={highlighted?.has(c.key)}
            selection={
              actions.onResolveMany && {
                selected: selected.has(c.key),
                onChange: (on) => setSelected((s) => toggled(s, c.key, on))
              }
            }
          />
        )}
      </VirtualList>
    </>
  )
}

const toggled = (set: ReadonlySet<string>, key: string, on: boolean) => {
  const next = new Set(set)
  if (on) next.add(key)
  else next.delete(key)
  return next
}

/** Closing several denials at once: shown once one is picked (a batch resubmitted, appealed or written off). */
function ResolveSelected({
  denials,
  selected,
  setSelected,
  onResolve
}: {
  denials: StoredClaim[]
  selected: ReadonlySet<string>
  setSelected: (s: ReadonlySet<string>) => void
  onResolve: (keys: string[], reason: ResolutionReason) => void
}) {
  const picked = denials.filter((c) => selected.has(c.key)).map((c) => c.key)
  if (picked.length === 0) return null
  return (
    <div className="actions bulk" role="group" aria-label="Selected denials" data-testid="bulk-actions">
      <span className="line2">{picked.length} selected · Mark resolved:</span>
      {RESOLVE_LABELS.map(([reason, label]) => (
        <button key={reason} type="button" onClick={() => (onResolve(picked, reason), setSelected(new Set()))}>
          {label}
        </button>
      ))}
      {picked.length < denials.length && (
        <button type="button" className="secondary" onClick={() => setSelected(new Set(denials.map((c) => c.key)))}>
          Select all {denials.length}
        </button>
      )}
      <button type="button" className="secondary" onClick={() => setSelected(new Set())}>
        Clear
      </button>
    </div>
  )
}

const FILTERS: [AuthFilter, string][] = [
  ["active", "Active"],
  ["expiring", "Expiring or low"],
  ["expired", "Expired"]
]

export function Authorizations({
  authorizations,
  onPatient,
  highlighted
}: { authorizations: AuthorizationRow[]; onPatient?: (key: string) => void } & Marked) {
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
          <button
            key={value}
            type="button"
            className="secondary"
            aria-pressed={filter === value}
            onClick={() => setFilter(value)}
          >
            {label} ({authorizations.filter(authFilter(value)).length})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="empty">None here.</p>
      ) : (
        <AuthList auths={shown} onPatient={onPatient} highlighted={highlighted} />
      )}
    </>
  )
}

export function AuthList({
  auths,
  onPatient,
  highlighted
}: { auths: AuthorizationRow[]; onPatient?: (key: string) => void } & Marked) {
  return (
    <VirtualList items={auths} keyOf={(a) => a.key} label="Authorizations" estimate={130}>
      {(a) => <AuthRow auth={a} onPatient={onPatient} highlighted={highlighted?.has(a.key)} />}
    </VirtualList>
  )
}

export function ClaimList({
  claims,
  auths,
  actions,
  label = "Claims"
}: {
  claims: StoredClaim[]
  auths: AuthorizationRow[]
  actions: ClaimActions
  label?: string
}) {
  return (
    <VirtualList items={claims} keyOf={(c) => c.key} label={label} estimate={110}>
      {(c) => <ClaimRow claim={c} auths={auths} actions={actions} />}
    </VirtualList>
  )
}
