// Restore a JSON backup: checked here and again in the background; a bad file changes nothing.
import { useState } from "react"
import browser from "webextension-polyfill"
import { ImportData, ImportResponse } from "../src/messages/backup"
import { describeIssues } from "../src/messages/protocol"

const MAX_BYTES = 200 * 1024 * 1024

export async function restoreFrom(file: File): Promise<string> {
  if (file.size > MAX_BYTES) return "Nothing was changed: that file is larger than any PayerLens backup should be."
  let backup: unknown
  try {
    backup = JSON.parse(await file.text())
  } catch {
    return "Nothing was changed: that file is not JSON (choose the payerlens-backup.json file PayerLens exported)."
  }
  const request = ImportData.safeParse({ type: "data/import", backup })
  if (!request.success) return `Nothing was changed: the file is not a valid PayerLens backup (${describeIssues(request.error)}).`
  const reply = ImportResponse.safeParse(await browser.runtime.sendMessage(request.data))
  if (!reply.success) return "The background worker sent an unreadable answer."
  if (!reply.data.ok) return reply.data.error
  const { claims, authorizations, history } = reply.data.restored
  return `Restored ${claims} claims, ${authorizations} authorizations and ${history} history entries from the backup.`
}

export function RestoreBackup({ onDone }: { onDone: (message: string) => void }) {
  const [busy, setBusy] = useState(false)
  return (
    <label className="field">
      <span>Restore a backup (replaces everything PayerLens holds now)</span>
      {busy && (
        <small role="status">Checking and restoring the backup… a large practice takes several seconds; nothing changes until it is all checked.</small>
      )}
      <input
        type="file"
        accept="application/json,.json"
        disabled={busy}
        data-testid="restore-file"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ""
          if (!file) return
          setBusy(true)
          void restoreFrom(file).then((message) => (setBusy(false), onDone(message)))
        }}
      />
    </label>
  )
}
