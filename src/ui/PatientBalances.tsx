// Patient balances: claims the plan processed where the client owes, with what went to the deductible,
// coinsurance and copay. These are not denials: there is nothing to appeal, the client is billed.
import { useEffect, useState } from "react"
import type { BalancesAnswer } from "../messages/balances-list"
import type { Failure } from "../messages/define"
import { useApi } from "./api"
import { money, usDate } from "./format"
import { PatientLink } from "./PatientLink"
import type { StoredClaim } from "../model/records"

type Props = { onPatient?: (key: string) => void; onExplain?: (claim: StoredClaim) => void }

export function PatientBalances({ onPatient, onExplain }: Props) {
  const api = useApi()
  const [answer, setAnswer] = useState<BalancesAnswer | Failure | null>(null)
  useEffect(() => void api.balances().then(setAnswer), [api])
  if (!answer)
    return (
      <p className="empty" role="status">
        Loading patient balances…
      </p>
    )
  if (!answer.ok)
    return (
      <p role="alert" className="error">
        {answer.error}
      </p>
    )
  if (answer.rows.length === 0) return <p className="empty">No processed claim shows an amount the client owes.</p>
  return (
    <section aria-labelledby="balances-h">
      <h2 id="balances-h">
        Patient balances ({answer.rows.length}) · {money(answer.totalCents)}
      </h2>
      <p className="hint">
        What the plan processed and the client owes. Not denials: bill the client (a balance from a Medicaid plan is the
        exception — check the plan's rules).
      </p>
      {answer.rows.map(({ claim: c, share }) => (
        <article key={c.key} className="row" data-testid="balance-row" aria-label={`Claim ${c.claimNumber}`}>
          <div className="line1">
            <span className="who">
              <PatientLink patient={c.patient} onPatient={onPatient} />
            </span>
            <span className="owes" data-testid="owes">
              owes {money(share.totalCents)}
            </span>
          </div>
          <div className="line2">
            <span>DOS {usDate(c.serviceFrom)}</span> · <span>{c.payer ?? "Payer not shown"}</span> ·{" "}
            <span>Claim {c.claimNumber}</span>
          </div>
          <div className="line2">
            Billed {money(c.billedCents)} · Plan paid {money(c.paidCents)}
          </div>
          {share.byKind ? (
            <ul className="share" aria-label="What the client owes, by kind">
              {share.deductibleCents > 0 && <li>Deductible {money(share.deductibleCents)}</li>}
              {share.coinsuranceCents > 0 && <li>Coinsurance {money(share.coinsuranceCents)}</li>}
              {share.copayCents > 0 && <li>Copay {money(share.copayCents)}</li>}
              {share.otherCents > 0 && <li>Not covered, client liable {money(share.otherCents)}</li>}
            </ul>
          ) : (
            <p className="line2">The page showed the patient's total only, not what it is for.</p>
          )}
          {onExplain && (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => onExplain(c)}>
                Explain to the client
              </button>
            </div>
          )}
        </article>
      ))}
    </section>
  )
}
