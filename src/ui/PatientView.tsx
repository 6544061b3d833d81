// One patient: every authorization and claim PayerLens holds for that member, across pages and portals.
import { useEffect, useState } from "react"
import type { PatientResponse } from "../messages/replies"
import type { AuthorizationRow } from "../messages/rows"
import { useApi } from "./api"
import { AuthList, ClaimList } from "./Overview"
import type { ClaimActions } from "./ClaimRow"
import { money } from "./format"
import { isUnpaid } from "../receivables/ageing"

type Found = Extract<PatientResponse, { ok: true }>

type Props = {
  patientKey: string
  auths: AuthorizationRow[]
  actions: ClaimActions
  onBack: () => void
  onSuperbill?: (key: string) => void
}

export function PatientView({ patientKey, auths, actions, onBack, onSuperbill }: Props) {
  const api = useApi()
  const [found, setFound] = useState<Found | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void api.patient(patientKey).then((reply) => (reply.ok ? setFound(reply) : setError(reply.error)))
  }, [patientKey])
  const back = (
    <button type="button" className="link" onClick={onBack}>
      ← Back
    </button>
  )
  if (error)
    return (
      <>
        {back}
        <p role="alert" className="error">
          {error}
        </p>
      </>
    )
  if (!found)
    return (
      <>
        {back}
        <p className="empty">Loading…</p>
      </>
    )
  const { patient, claims, authorizations } = found
  const unpaid = claims.filter(isUnpaid)
  return (
    <section aria-labelledby="patient-h" data-testid="patient-view">
      {back}
      <h2 id="patient-h" className="patient-title">
        {patient.name ?? `Member ${patient.memberId}`}
      </h2>
      <p className="line2">
        {patient.memberId ? `Member ID ${patient.memberId} · ` : ""}
        {patient.payers.join(", ") || "payer not shown"}
      </p>
      <p className="line2" data-testid="patient-totals">
        {authorizations.length} authorization{authorizations.length === 1 ? "" : "s"} · {claims.length} claim
        {claims.length === 1 ? "" : "s"} · unpaid {unpaid.length} (
        {money(unpaid.reduce((n, c) => n + (c.billedCents ?? 0), 0))} billed)
      </p>
      {onSuperbill && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => onSuperbill(patientKey)}>
            Superbill for this client
          </button>
        </div>
      )}
      <h3>Authorizations</h3>
      {authorizations.length ? (
        <AuthList auths={authorizations} />
      ) : (
        <p className="empty">No authorizations stored for this patient.</p>
      )}
      <h3>Claims</h3>
      {claims.length ? (
        <ClaimList claims={claims} auths={auths.length ? auths : authorizations} actions={actions} />
      ) : (
        <p className="empty">No claims stored for this patient.</p>
      )}
    </section>
  )
}
