// Accounts receivable: unpaid claims by age (a small bar chart with the numbers written out) and by payer.
// Each bucket and payer opens its claims, most urgent timely-filing deadline first.
import { useEffect, useState } from "react"
import type { OverviewResponse } from "../messages/replies"
import type { ReceivableRow } from "../messages/replies"
import type { AgeFrom, ReceivableFilter } from "../receivables/drill-down"
import type { AuthorizationRow } from "../messages/rows"
import { useApi } from "./api"
import { ClaimRow, type ClaimActions } from "./ClaimRow"
import { money, usDate } from "./format"
import { VirtualList } from "./VirtualList"

type Receivables = Extract<OverviewResponse, { ok: true }>["receivables"]
type Props = { receivables: Receivables; auths: AuthorizationRow[]; actions: ClaimActions }

const filterLabel = (f: ReceivableFilter) =>
  "bucket" in f ? `${f.bucket} days ${f.from === "received" ? "since received" : "since the date of service"}` : f.payer
const FROM: [AgeFrom, string][] = [["service", "Date of service"], ["received", "Date received"]]

export function Receivables({ receivables, auths, actions }: Props) {
  const [filter, setFilter] = useState<ReceivableFilter | null>(null)
  const [from, setFrom] = useState<AgeFrom>("service")
  const total = receivables.ageing.reduce((n, r) => n + r.claims, 0)
  if (total === 0) return <p className="empty">No unpaid claims seen. Claims waiting for payment appear here by age.</p>
  const rows = from === "service" ? receivables.ageing : receivables.ageingFromReceived
  const max = Math.max(...rows.map((r) => r.balanceCents), 1)
  const chosen = (f: ReceivableFilter) => !!filter && JSON.stringify(filter) === JSON.stringify(f)
  const { soon, passed } = receivables.filing
  return (
    <>
      {soon + passed > 0 && (
        <p className="line2 warn" data-testid="filing-summary">
          Timely filing: {soon} denied or rejected claim{soon === 1 ? "" : "s"} due for refiling within the alert window
          {passed > 0 && `; ${passed} past the limit`}.
        </p>
      )}
      <div className="filters" role="group" aria-label="Age unpaid claims from">
        {FROM.map(([value, label]) => (
          <button key={value} type="button" className="secondary" aria-pressed={from === value} onClick={() => setFrom(value)}>
            {label}
          </button>
        ))}
      </div>
      {from === "received" && <p className="line2">Only claims whose received date PayerLens has seen (on a claim's detail page).</p>}
      <table className="ageing" aria-label={`Unpaid claims by days since ${from === "service" ? "the date of service" : "the payer received them"}`}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.bucket} data-testid="ageing-row">
              <th scope="row">
                <button type="button" className="link" aria-pressed={chosen({ bucket: r.bucket, from })} disabled={r.claims === 0} onClick={() => setFilter({ bucket: r.bucket, from })}>
                  {r.bucket} days
                </button>
              </th>
              <td className="bar-cell" aria-hidden="true">
                <span className={`bar${r.bucket === "120+" || r.bucket === "91-120" ? " old" : ""}`} style={{ width: `${(100 * r.balanceCents) / max}%` }} />
              </td>
              <td>
                {r.claims} · {money(r.balanceCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="rows payers" aria-label="Unpaid by payer">
        {receivables.byPayer.map((p) => (
          <li key={p.payer} className="line2">
            <button type="button" className="link" aria-pressed={chosen({ payer: p.payer })} onClick={() => setFilter({ payer: p.payer })}>
              {p.payer}
            </button>
            : {p.claims} claim{p.claims === 1 ? "" : "s"}, {money(p.balanceCents)}
          </li>
        ))}
      </ul>
      {filter && <ReceivableClaims filter={filter} auths={auths} actions={actions} />}
    </>
  )
}

function ReceivableClaims({ filter, auths, actions }: { filter: ReceivableFilter; auths: AuthorizationRow[]; actions: ClaimActions }) {
  const api = useApi()
  const [rows, setRows] = useState<ReceivableRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setRows(null)
    void api.receivables(filter).then((reply) => (reply.ok ? setRows(reply.rows) : setError(reply.error)))
  }, [JSON.stringify(filter)])
  return (
    <section aria-label={`Unpaid claims: ${filterLabel(filter)}`} className="drill">
      <h3>Unpaid claims: {filterLabel(filter)}</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!rows && !error && <p className="empty">Loading…</p>}
      {rows && (
        <VirtualList items={rows} keyOf={(r) => r.claim.key} label={`Unpaid claims, ${filterLabel(filter)}`} estimate={140}>
          {(r) => <ClaimRow claim={r.claim} auths={auths} actions={actions} extra={<FilingClock row={r} />} />}
        </VirtualList>
      )}
    </section>
  )
}

function FilingClock({ row }: { row: ReceivableRow }) {
  const f = row.filing
  const age = `${row.ageDays} days since the date of service`
  if (!f) return <div className="line2">{age}</div>
  const text =
    f.daysLeft < 0
      ? `filing limit passed ${usDate(f.deadline)} (${-f.daysLeft} days ago)`
      : `refile by ${usDate(f.deadline)} — ${f.daysLeft} day${f.daysLeft === 1 ? "" : "s"} left`
  return (
    <div className={`line2 ${f.daysLeft <= 30 ? "warn" : ""}`} data-testid="filing-clock">
      {age} · Timely filing ({f.limitDays} days): {text}
    </div>
  )
}
