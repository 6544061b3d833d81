// Options: the encrypted backup (asks the passphrase; the worker seals the file with it) and the CSV files, which
// hold PHI in plain text and are downloaded only after a warning the user confirms.
import { useState, type FormEvent } from "react"
import { localDate } from "../../dates/calendar"
import type { ReplyOf } from "../../messages"
import type { Send } from "../../messages/send"
import { fromBase64Url } from "../../crypto/bytes"
import { backupFileName, saveBytes } from "./files"
import { download } from "../download"

export const CSV_WARNING =
  "These CSV files hold client names, member IDs and claim details in plain text. Keep them on an encrypted drive and delete them when done."

type Exported = Extract<ReplyOf<"data/export">, { ok: true }>

export function ExportBackup({ send, onDone }: { send: Send; onDone: (message: string) => void }) {
  const [passphrase, setPassphrase] = useState("")
  const [busy, setBusy] = useState(false)
  const [csvAsked, setCsvAsked] = useState(false)

  const exportWith = async (then: (reply: Exported) => string) => {
    if (!passphrase) return onDone("Type your passphrase first: the export needs it.")
    setBusy(true)
    const reply = await send("data/export", { passphrase })
    setBusy(false)
    if (!reply.ok) return onDone(`Export failed: ${reply.error}`)
    setPassphrase("")
    onDone(then(reply))
  }

  const saveBackup = (e: FormEvent) => {
    e.preventDefault()
    void exportWith((reply) => {
      const bytes = fromBase64Url(reply.backup)
      if (!bytes) return "Export failed: the background worker sent a backup that is not base64url."
      const name = backupFileName(localDate(new Date()))
      saveBytes(name, bytes, "application/octet-stream")
      return `Saved ${name}, encrypted with your passphrase: it opens only with that passphrase.`
    })
  }
  const saveCsv = () =>
    void exportWith((reply) => {
      download("payerlens-claims.csv", reply.claimsCsv, "text/csv")
      download("payerlens-authorizations.csv", reply.authorizationsCsv, "text/csv")
      setCsvAsked(false)
      return "Saved two CSV files (claims and authorizations), in plain text."
    })

  return (
    <form className="vault export" onSubmit={saveBackup} aria-labelledby="export-h">
      <h3 id="export-h">Export</h3>
      <label htmlFor="export-passphrase">Passphrase for the export</label>
      <input
        id="export-passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        maxLength={1024}
        disabled={busy}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          Export encrypted backup
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => setCsvAsked(true)}>
          Export CSV files…
        </button>
      </div>
      {csvAsked && (
        <div className="csv-warning" role="group" aria-labelledby="csv-warning-text">
          <p id="csv-warning-text" className="truth" data-testid="csv-warning">
            {CSV_WARNING}
          </p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={saveCsv}>
              Download CSV files
            </button>
            <button type="button" className="secondary" onClick={() => setCsvAsked(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </form>
  )
}
