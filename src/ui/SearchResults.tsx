// Search across patients, claims and authorizations (the background matches; this lists what it found).
import { useEffect, useState } from "react"
import type { SearchResponse } from "../messages/replies"
import type { AuthorizationRow } from "../messages/rows"
import { useApi } from "./api"
import { AuthList, ClaimList } from "./Overview"
import type { ClaimActions } from "./ClaimRow"

type Found = Extract<SearchResponse, { ok: true }>
const more = (shown: number, total: number) =>
  total > shown ? ` — first ${shown} of ${total}; add words to narrow` : ""

export function SearchResults({
  query,
  auths,
  actions
}: {
  query: string
  auths: AuthorizationRow[]
  actions: ClaimActions & { onPatient: (key: string) => void }
}) {
  const api = useApi()
  const [found, setFound] = useState<Found | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      void api.search(query).then((reply) => {
        if (!current) return
        if (reply.ok) {
          setFound(reply)
          setError(null)
        } else setError(reply.error)
      })
    }, 120) // wait for the typing to pause
    return () => ((current = false), clearTimeout(timer))
  }, [query])
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    )
  if (!found) return <p className="empty">Searching…</p>
  const { patients, claims, authorizations, totals, closeSpelling } = found
  if (totals.patients + totals.claims + totals.authorizations === 0)
    return (
      <p className="empty" role="status">
        Nothing stored matches “{query}”. Search by name, member ID, claim or authorization number, payer, code or date.
      </p>
    )
  return (
    <div role="status" aria-live="polite" className="search-results">
      {closeSpelling && (
        <p className="empty" data-testid="close-spelling">
          Nothing matches “{query}” as typed; these are names spelled one letter differently.
        </p>
      )}
      {patients.length > 0 && (
        <section aria-labelledby="found-patients">
          <h2 id="found-patients">
            Patients ({totals.patients}){more(patients.length, totals.patients)}
          </h2>
          <ul className="rows" aria-label="Patients found">
            {patients.map((p) => (
              <li key={p.key} className="row" data-testid="patient-result">
                <button type="button" className="link patient" onClick={() => actions.onPatient(p.key)}>
                  {p.name ?? `Member ${p.memberId}`}
                </button>
                <div className="line2">
                  {p.memberId ? `Member ID ${p.memberId} · ` : ""}
                  {p.payers.join(", ") || "payer not shown"} · {p.authorizations} authorization
                  {p.authorizations === 1 ? "" : "s"}, {p.claims} claim{p.claims === 1 ? "" : "s"}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {authorizations.length > 0 && (
        <section aria-labelledby="found-auths">
          <h2 id="found-auths">
            Authorizations ({totals.authorizations}){more(authorizations.length, totals.authorizations)}
          </h2>
          <AuthList auths={authorizations} onPatient={actions.onPatient} />
        </section>
      )}
      {claims.length > 0 && (
        <section aria-labelledby="found-claims">
          <h2 id="found-claims">
            Claims ({totals.claims}){more(claims.length, totals.claims)}
          </h2>
          <ClaimList claims={claims} auths={auths} actions={actions} label="Claims found" />
        </section>
      )}
    </div>
  )
}
