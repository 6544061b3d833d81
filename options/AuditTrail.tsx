// Options → "Audit trail": what happened to PayerLens's protection (unlocks, wrong passphrases, locks, exports,
// restores, erasures, settings and site access), newest first, and whether the hash chain holds.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { makeSend, type Send } from "../src/messages/send"
import { auditRows, chainSentence, type AuditRow } from "./audit-rows"

const defaultSend = makeSend((request) => browser.runtime.sendMessage(request))

type Shown = { rows: AuditRow[]; sentence: string; ok: boolean } | { error: string }

export function AuditTrail({ send = defaultSend }: { send?: Send }) {
  const [shown, setShown] = useState<Shown | null>(null)
  const load = () =>
    void send("audit/list", {}).then(
      (reply) =>
        setShown(
          reply.ok
            ? {
                rows: auditRows(reply.entries),
                sentence: chainSentence(reply.check, reply.entries.length),
                ok: reply.check.ok
              }
            : { error: reply.error }
        ),
      () => setShown({ error: "PayerLens did not answer. Reload this page to try again." })
    )
  useEffect(load, [send])

  return (
    <section aria-labelledby="audit-h">
      <h2 id="audit-h">Audit trail</h2>
      <p className="line2">
        Each entry carries a fingerprint of the one before it, so a changed, removed or reordered entry shows. It names
        events, never clients.
      </p>
      {!shown && <p role="status">Loading…</p>}
      {shown && "error" in shown && <p role="status">{shown.error}</p>}
      {shown && "rows" in shown && (
        <>
          <p role="status" data-testid="audit-check" className={shown.ok ? "line2" : "attention"}>
            {shown.sentence}
          </p>
          <table className="audit" aria-labelledby="audit-h">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr key={row.seq} data-testid="audit-row">
                  <td>{row.when}</td>
                  <td>{row.what}</td>
                  <td>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="secondary" onClick={load}>
              Check again
            </button>
          </div>
        </>
      )}
    </section>
  )
}
