// The one thing a locked PayerLens shows: the passphrase field, "Unlock", what went wrong, and after too many wrong
// passphrases how long until the next try (the button waits with it). It is the popup's first view while locked,
// so it is in the first script: React and the vault client only.
import { useEffect, useRef, useState, type FormEvent } from "react"
import { clock, type Status, type VaultClient } from "./client"

type Props = {
  client: VaultClient
  /** the status the gate asked for: its waitMs starts the countdown */
  status: Status
  onUnlocked: () => void
  /** the clock (tests pass their own) */
  now?: () => number
}

/** Milliseconds left until `until`, re-rendered every second while there are some. */
function useLeft(until: number, now: () => number): number {
  const [left, setLeft] = useState(() => Math.max(0, until - now()))
  useEffect(() => {
    const update = () => setLeft(Math.max(0, until - now()))
    update()
    if (until <= now()) return
    const timer = setInterval(update, 250)
    return () => clearInterval(timer)
  }, [until, now])
  return left
}

export function UnlockForm({ client, status, onUnlocked, now = Date.now }: Props) {
  const [passphrase, setPassphrase] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [until, setUntil] = useState(() => now() + status.waitMs)
  const left = useLeft(until, now)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => field.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy || left > 0 || !passphrase) return
    setBusy(true)
    const reply = await client.unlock(passphrase)
    if (reply.ok) return onUnlocked()
    setError(reply.error)
    setPassphrase("")
    const next = await client.status()
    if (next.ok) setUntil(now() + next.waitMs)
    setBusy(false)
    field.current?.focus()
  }

  return (
    <form className="vault" onSubmit={(e) => void submit(e)} aria-labelledby="vault-h">
      <h1 id="vault-h">PayerLens is locked</h1>
      <p className="line2">Type your passphrase to see your claims and authorizations.</p>
      <label htmlFor="vault-passphrase">Passphrase</label>
      <input
        id="vault-passphrase"
        ref={field}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        maxLength={1024}
        disabled={busy}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      {error && (
        <p role="alert" className="error" data-testid="unlock-error">
          {error}
        </p>
      )}
      {left > 0 && (
        <p role="timer" className="wait" data-testid="unlock-wait">
          Try again in {clock(left)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || left > 0 || !passphrase}>
          {busy ? "Unlocking…" : "Unlock"}
        </button>
      </div>
    </form>
  )
}
