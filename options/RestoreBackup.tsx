// Restore a JSON backup: checked here and again in the background; a bad file changes nothing.
import { useState } from "react"
import browser from "webextension-polyfill"
import { dataImport } from "../src/messages/data-import"
import { makeSend } from "../src/messages/send"
import { describeIssues } from "../src/messages/shapes"

const send = makeSend((request) => browser.runtime.sendMessage(request))

const MAX_BYTES = 200 * 1024 * 1024

export async function restoreFrom(file: File): Promise<string> {
  if (file.size > MAX_BYTES) return "Nothing was changed: that file is larger than any PayerLens backup should be."
  let backup: unknown
  try {
    backup = JSON.parse(await file.text())
  } catch {
    return "Nothing was changed: that file is not JSON (choose the payerlens-backup.json file PayerLens exported)."
  }
  const request = dataImport.request.safeParse({ type: "data/import", backup })
  if (!request.success)
    return `Nothing was changed: the file is not a valid PayerLens backup (${describeIssues(request.error)}).`
  const reply = await send("data/import", { backup: request.data.backup })
  if (!reply.ok) return reply.error
  const { claims, authorizations, history } = reply.restored
  return `Restored ${claims} claims, ${authorizations} authorizations and ${history} history entries from the backup.`
}

export function RestoreBackup({ onDone }: { onDone: (message: string) => void }) {
  const [busy, setBusy] = useState(false)
  return (
    <label className="field">
      <span>Restore a backup (replaces everything PayerLens holds now)</span>
      {busy && (
        <small role="status">
          Checking and restoring the backup… a large practice takes several seconds; nothing changes until it is all
          checked.
        </small>
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
