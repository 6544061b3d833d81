// Accounts receivable: unpaid claims by age (a small bar chart with the numbers written out) and by payer.
// Each bucket and payer opens its claims, the most urgent deadline first: a denied, rejected or partly paid claim
// shows every route open to it with its date (RoutesList), and its appeals with their decision-due dates; an
// appeal sent or decided is recorded from the row (AppealForm).
import { useEffect, useState } from "react"
import type { OverviewResponse } from "../messages/replies"
import type { ReceivableRow } from "../messages/replies"
import type { AgeFrom, ReceivableFilter } from "../receivables/drill-down"
import type { AuthorizationRow } from "../messages/rows"
import { useApi } from "./api"
import { ClaimRow, type ClaimActions } from "./ClaimRow"
import { money } from "./format"
import { VirtualList } from "./VirtualList"
import { RoutesList } from "./RoutesList"
import { AppealForm } from "./AppealForm"

type Receivables = Extract<OverviewResponse, { ok: true }>["receivables"]
type Props = { receivables: Receivables; auths: AuthorizationRow[]; actions: ClaimActions }

const filterLabel = (f: ReceivableFilter) =>
  "bucket" in f ? `${f.bucket} days ${f.from === "received" ? "since received" : "since the date of service"}` : f.payer
const FROM: [AgeFrom, string][] = [
  ["service", "Date of service"],
  ["received", "Date received"]
]

export function Receivables({ receivables, auths, actions }: Props) {
  const [filter, setFilter] = useState<ReceivableFilter | null>(null)
  const [from, setFrom] = useState<AgeFrom>("service")
  const total = receivables.ageing.reduce((n, r) => n + r.claims, 0)
  if (total === 0) return <p className="empty">No unpaid claims seen. Claims waiting for payment appear here by age.</p>
  const rows = from === "service" ? receivables.ageing : receivables.ageingFromReceived
  const max = Math.max(...rows.map((r) => r.balanceCents), 1)
  const chosen = (f: ReceivableFilter) => !!filter && JSON.stringify(filter) === JSON.stringify(f)
  const { soon, passed, overdue } = receivables.deadlines
  return (
    <>
      {soon + passed + overdue > 0 && (
        <p className="line2 warn" data-testid="deadline-summary">
          Deadlines: {soon} denied, rejected or partly paid claim{soon === 1 ? "" : "s"} with a filing or appeal
          deadline within the alert window
          {passed > 0 && `; ${passed} with every dated route closed`}
          {overdue > 0 && `; ${overdue} appeal decision${overdue === 1 ? "" : "s"} overdue`}.
        </p>
      )}
      <div className="filters" role="group" aria-label="Age unpaid claims from">
        {FROM.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="secondary"
            aria-pressed={from === value}
            onClick={() => setFrom(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {from === "received" && (
        <p className="line2">Only claims whose received date PayerLens has seen (on a claim's detail page).</p>
      )}
      <table
        className="ageing"
        aria-label={`Unpaid claims by days since ${from === "service" ? "the date of service" : "the payer received them"}`}
      >
        <tbody>
          {rows.map((r) => (
            <tr key={r.bucket} data-testid="ageing-row">
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-pressed={chosen({ bucket: r.bucket, from })}
                  disabled={r.claims === 0}
                  onClick={() => setFilter({ bucket: r.bucket, from })}
                >
                  {r.bucket} days
                </button>
              </th>
              <td className="bar-cell" aria-hidden="true">
                <span
                  className={`bar${r.bucket === "120+" || r.bucket === "91-120" ? " old" : ""}`}
                  style={{ width: `${(100 * r.balanceCents) / max}%` }}
                />
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
            <button
              type="button"
              className="link"
              aria-pressed={chosen({ payer: p.payer })}
              onClick={() => setFilter({ payer: p.payer })}
            >
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

function ReceivableClaims({
  filter,
  auths,
  actions
}: {
  filter: ReceivableFilter
  auths: AuthorizationRow[]
  actions: ClaimActions
}) {
  const api = useApi()
  const key = JSON.stringify(filter)
  // rows with the filter they were loaded for: a new filter shows "Loading…" until its rows come, a reload after
  // an appeal keeps the rows on screen until the new ones replace them
  const [loaded, setLoaded] = useState<{ key: string; rows: ReceivableRow[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [loads, setLoads] = useState(0)
  useEffect(() => {
    const asked = JSON.stringify(filter)
    void api
      .receivables(filter)
      .then((reply) => (reply.ok ? setLoaded({ key: asked, rows: reply.rows }) : setError(reply.error)))
  }, [api, filter, loads])
  const rows = loaded?.key === key ? loaded.rows : null
  const changed = (message: string) => {
    setDone(message)
    setLoads((n) => n + 1)
  }
  return (
    <section aria-label={`Unpaid claims: ${filterLabel(filter)}`} className="drill">
      <h3>Unpaid claims: {filterLabel(filter)}</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" className="line2" data-testid="appeal-done">
        {done}
      </p>
      {!rows && !error && <p className="empty">Loading…</p>}
      {rows && (
        <VirtualList
          items={rows}
          keyOf={(r) => r.claim.key}
          label={`Unpaid claims, ${filterLabel(filter)}`}
          estimate={220}
        >
          {(r) => (
            <ClaimRow
              claim={r.claim}
              auths={auths}
              actions={actions}
              extra={<ClaimDeadlines row={r} onChanged={changed} />}
            />
          )}
        </VirtualList>
      )}
    </section>
  )
}

/** Where appeals are recorded: any claim the payer processed and did not pay in full, or one already appealed. */
const APPEALABLE = new Set(["denied", "partially_paid"])

function ClaimDeadlines({ row, onChanged }: { row: ReceivableRow; onChanged: (message: string) => void }) {
  const [open, setOpen] = useState(false)
  const age = <div className="line2">{row.ageDays} days since the date of service</div>
  const c = row.claim
  const canAppeal = APPEALABLE.has(c.status) || (c.appeals?.length ?? 0) > 0
  return (
    <>
      {age}
      {row.deadlines && <RoutesList deadlines={row.deadlines} claimNumber={c.claimNumber} />}
      {canAppeal &&
        (open ? (
          <AppealForm
            claim={c}
            onDone={(message) => {
              setOpen(false)
              onChanged(message)
            }}
            onCancel={() => setOpen(false)}
          />
        ) : (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setOpen(true)}>
              {c.appeals?.length && !c.appeals[c.appeals.length - 1].decision
                ? "Record the decision"
                : "Record an appeal sent"}
            </button>
          </div>
        ))}
    </>
  )
}
