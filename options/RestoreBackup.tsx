// Restore an encrypted backup: its size is checked here before it is read (a file over 100 MB is never a PayerLens
// backup), then the file and its passphrase go to the worker, which decrypts and checks it whole; a bad file, a
// wrong passphrase or a tampered byte changes nothing.
import { useState, type FormEvent } from "react"
import { checkBackupSize } from "../src/crypto/backup"
import type { Send } from "../src/messages/send"
import { fileToBase64Url } from "../src/ui/vault/files"

/** Why a file is refused before it is read, or null. */
export function refuseBySize(file: Blob): string | null {
  try {
    checkBackupSize(file.size)
    return null
  } catch (error) {
    return `Nothing was changed: ${(error as Error).message}.`
  }
}

export async function restoreFrom(file: Blob, passphrase: string, send: Send): Promise<string> {
  const refused = refuseBySize(file)
  if (refused) return refused
  if (!passphrase) return "Nothing was changed: type the passphrase the backup was saved with."
  let backup: string
  try {
    backup = await fileToBase64Url(file)
  } catch {
    return "Nothing was changed: the file could not be read."
  }
  const reply = await send("data/import", { backup, passphrase })
  if (!reply.ok) return reply.error
  const { claims, authorizations, history } = reply.restored
  return `Restored ${claims} claims, ${authorizations} authorizations and ${history} history entries from the backup.`
}

export function RestoreBackup({ send, onDone }: { send: Send; onDone: (message: string) => void }) {
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphrase] = useState("")
  const [busy, setBusy] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!file || busy) return
    setBusy(true)
    void restoreFrom(file, passphrase, send).then((message) => {
      setBusy(false)
      setPassphrase("")
      onDone(message)
    })
  }
  return (
    <form className="vault restore" onSubmit={submit} aria-labelledby="restore-h">
      <h3 id="restore-h">Restore a backup (replaces everything PayerLens holds now)</h3>
      <label htmlFor="restore-file">Backup file (.plbackup)</label>
      <input
        id="restore-file"
        type="file"
        accept=".plbackup,application/octet-stream"
        disabled={busy}
        data-testid="restore-file"
        onChange={(e) => {
          const chosen = e.target.files?.[0] ?? null
          const refused = chosen && refuseBySize(chosen)
          if (refused) {
            e.target.value = ""
            onDone(refused)
          }
          setFile(refused ? null : chosen)
        }}
      />
      <label htmlFor="restore-passphrase">Passphrase of the backup file</label>
      <input
        id="restore-passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        maxLength={1024}
        disabled={busy}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      {busy && (
        <p role="status" className="line2">
          Decrypting and checking the backup… a large practice takes several seconds; nothing changes until it is all
          checked.
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !file || !passphrase}>
          Restore
        </button>
      </div>
    </form>
  )
}
