// First run: the passphrase that protects everything PayerLens keeps. Nothing is stored until it is set up.
// Loaded only while the vault is "new" (the strength estimate and its word list stay out of the first script).
import { useEffect, useRef, useState, type FormEvent } from "react"
import type { VaultClient } from "./client"
import { StrengthMeter, useStrength } from "./StrengthMeter"

export const FORGET_WARNING =
  "If you forget this passphrase, your PayerLens data cannot be recovered. PayerLens never sends it anywhere."

export default function SetupForm({ client, onDone }: { client: VaultClient; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState("")
  const [confirm, setConfirm] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const strength = useStrength(passphrase)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => field.current?.focus(), [])
  const matches = passphrase === confirm
  const ready = strength.acceptable && matches && !busy

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready) return
    setBusy(true)
    setError(null)
    const reply = await client.setUp(passphrase)
    if (reply.ok) return onDone()
    setError(reply.error)
    setBusy(false)
  }

  return (
    <form className="vault" onSubmit={(e) => void submit(e)} aria-labelledby="setup-h">
      <h1 id="setup-h">Protect your PayerLens data</h1>
      <p className="line2">
        Choose a passphrase. PayerLens encrypts everything it keeps with it and asks for it when it has locked. Four or
        more unrelated words work well.
      </p>
      <label htmlFor="setup-passphrase">Passphrase</label>
      <input
        id="setup-passphrase"
        ref={field}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        maxLength={1024}
        disabled={busy}
        aria-describedby="setup-strength"
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <StrengthMeter strength={strength} id="setup-strength" />
      <label htmlFor="setup-confirm">Confirm passphrase</label>
      <input
        id="setup-confirm"
        type="password"
        autoComplete="new-password"
        value={confirm}
        maxLength={1024}
        disabled={busy}
        aria-describedby="setup-match"
        onChange={(e) => setConfirm(e.target.value)}
      />
      <p id="setup-match" className="line2" aria-live="polite">
        {confirm && !matches ? "The two passphrases do not match yet." : ""}
      </p>
      <p className="truth" data-testid="forget-warning">
        {FORGET_WARNING}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="line2">
          Protecting… (deriving the key takes a second)
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={!ready}>
          {busy ? "Protecting…" : "Protect my data"}
        </button>
      </div>
    </form>
  )
}
