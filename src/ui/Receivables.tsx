// Accounts receivable at a glance: unpaid claims by age (a small bar chart with the numbers written out)
// and by payer.
import type { OverviewResponse } from "../messages/protocol"
import { money } from "./format"

type Receivables = Extract<OverviewResponse, { ok: true }>["receivables"]

export function Receivables({ receivables }: { receivables: Receivables }) {
  const total = receivables.ageing.reduce((n, r) => n + r.claims, 0)
  if (total === 0) return <p className="empty">No unpaid claims seen. Claims waiting for payment appear here by age.</p>
  const max = Math.max(...receivables.ageing.map((r) => r.billedCents), 1)
  return (
    <>
      <table className="ageing" aria-label="Unpaid claims by days since the date of service">
        <tbody>
          {receivables.ageing.map((r) => (
            <tr key={r.bucket} data-testid="ageing-row">
              <th scope="row">{r.bucket} days</th>
              <td className="bar-cell">
                <span className={`bar${r.bucket === "120+" || r.bucket === "91-120" ? " old" : ""}`} style={{ width: `${(100 * r.billedCents) / max}%` }} />
              </td>
              <td>
                {r.claims} · {money(r.billedCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="rows payers" aria-label="Unpaid by payer">
        {receivables.byPayer.map((p) => (
          <li key={p.payer} className="line2">
            {p.payer}: {p.claims} claim{p.claims === 1 ? "" : "s"}, {money(p.billedCents)}
          </li>
        ))}
      </ul>
    </>
  )
}
