// Options: a new passphrase for the same data (the data key is re-wrapped; nothing else is re-encrypted).
import { useState, type FormEvent } from "react"
import type { VaultClient } from "./client"
import { StrengthMeter, useStrength } from "./StrengthMeter"

export default function ChangePassphrase({ client }: { client: VaultClient }) {
  const [current, setCurrent] = useState("")
  const [next, setNext] = useState("")
  const [confirm, setConfirm] = useState("")
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const strength = useStrength(next)
  const matches = next === confirm
  const ready = !!current && strength.acceptable && matches && !busy

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready) return
    setBusy(true)
    setMessage(null)
    const reply = await client.changePassphrase(current, next)
    setBusy(false)
    if (!reply.ok) return setMessage({ ok: false, text: reply.error })
    setCurrent("")
    setNext("")
    setConfirm("")
    setMessage({ ok: true, text: "Passphrase changed. Use the new one from now on." })
  }

  const input = (id: string, label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        maxLength={1024}
        disabled={busy}
        onChange={(e) => set(e.target.value)}
      />
    </>
  )

  return (
    <form className="vault change-passphrase" onSubmit={(e) => void submit(e)} aria-labelledby="change-h">
      <h3 id="change-h">Change passphrase</h3>
      {input("change-current", "Current passphrase", current, setCurrent, "current-password")}
      {input("change-next", "New passphrase", next, setNext, "new-password")}
      {next && <StrengthMeter strength={strength} id="change-strength" />}
      {input("change-confirm", "Confirm new passphrase", confirm, setConfirm, "new-password")}
      <p className="line2" aria-live="polite">
        {confirm && !matches ? "The two new passphrases do not match yet." : ""}
      </p>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "line2" : "error"}
          data-testid="change-message"
        >
          {message.text}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={!ready}>
          {busy ? "Changing…" : "Change passphrase"}
        </button>
      </div>
    </form>
  )
}
