// The side panel's strip: the records PayerLens read from the page in the current tab, marked in every list.
import type { OnPageResponse } from "../messages/replies"
import { usDate } from "./format"

type Found = Extract<OnPageResponse, { ok: true }>

export function OnThisPage({ found }: { found: Found | null }) {
  if (!found) return null
  const { claims, authorizations } = found
  if (claims.length + authorizations.length === 0)
    return (
      <section className="this-page" aria-label="On this page">
        <p className="line2">
          Nothing read from this tab's page yet. Open a claim or authorization page in your portal.
        </p>
      </section>
    )
  return (
    <section className="this-page" aria-labelledby="on-page-h" data-testid="on-this-page">
      <h2 id="on-page-h">On this page</h2>
      <ul className="rows compact" aria-label="Records read from this page">
        {authorizations.map((a) => (
          <li key={a.key} className="here" data-testid="on-page-auth">
            Auth {a.authNumber} · {a.patient.name ?? a.patient.memberId ?? "patient not shown"} · ends{" "}
            {usDate(a.endDate)}
            {a.watch.remaining !== null && ` · ${a.watch.remaining} ${a.unitType ?? "visits"} left`}
          </li>
        ))}
        {claims.map((c) => (
          <li key={c.key} className="here" data-testid="on-page-claim">
            Claim {c.claimNumber} · {c.patient.name ?? c.patient.memberId ?? "patient not shown"} · DOS{" "}
            {usDate(c.serviceFrom)} · {c.status.replace("_", " ")}
          </li>
        ))}
      </ul>
    </section>
  )
}
