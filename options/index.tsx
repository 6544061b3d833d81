// Options: tracking thresholds, the per-payer deadline table, practice details, and the user's data (export, restore, wipe).
import { Suspense, useEffect, useState } from "react"
import browser from "webextension-polyfill"
import type { PracticeInfo } from "../src/model/practice"
import { settingsSave } from "../src/messages/settings-save"
import { makeSend } from "../src/messages/send"
import { describeIssues } from "../src/messages/shapes"
import type { TrackingSettings } from "../src/tracking/settings"
import { vaultClient } from "../src/ui/vault/client"
import { ExportBackup } from "../src/ui/vault/ExportBackup"
import { ChangePassphrase } from "../src/ui/vault/lazy"
import { VaultGate, watchKeptCopy } from "../src/ui/vault/VaultGate"
import { RestoreBackup } from "./RestoreBackup"
import { ProvidersAndFees } from "./ProvidersAndFees"
import { PayerRules } from "./PayerRules"
import { AuditTrail } from "./AuditTrail"
import { CalendarOptIn } from "./CalendarOptIn"
import { ImportRemittance } from "./ImportRemittance"
import "../src/ui/app.css"

document.documentElement.lang = "en" // Plasmo writes <html> without a language
import "./options.css"

const send = makeSend((request) => browser.runtime.sendMessage(request))
const vault = vaultClient((request) => browser.runtime.sendMessage(request))
const watchVault = watchKeptCopy(browser.storage.onChanged)

const NUMBERS: [keyof TrackingSettings, string, string][] = [
  ["authVisitsLeft", "Warn when this many visits are left", "visits"],
  ["authFractionLeft", "…or when this share of approved visits is left", "0–1"],
  ["authDaysBeforeEnd", "Warn this many days before an authorization ends", "days"],
  ["reauthLeadBusinessDays", "Remind to request a re-authorization", "business days before"],
  ["followUpDays", "Follow up an unpaid claim after no change for", "days"],
  ["timelyFilingAlertDays", "Alert before a claim's first filing or appeal deadline", "days"]
]

// Locked or before the passphrase is set up, the page shows only the unlock or setup form.
export default function Options() {
  return (
    <VaultGate client={vault} watch={watchVault} wrap={(view) => <main className="options">{view}</main>}>
      {({ lock }) => <OptionsPage lock={lock} />}
    </VaultGate>
  )
}

function OptionsPage({ lock }: { lock: () => void }) {
  const [tracking, setTracking] = useState<TrackingSettings | null>(null)
  const [practice, setPractice] = useState<PracticeInfo | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [confirm, setConfirm] = useState("")

  useEffect(() => {
    void send("settings/get", {}).then((reply) => {
      if (reply.ok) {
        setTracking(reply.tracking)
        setPractice(reply.practice)
      } else setMessage(reply.error)
    })
  }, [])

  if (!tracking || !practice)
    return (
      <main className="options">
        <p role="status">{message ?? "Loading…"}</p>
      </main>
    )

  const save = async () => {
    const request = { type: "settings/save" as const, tracking, practice }
    const valid = settingsSave.request.safeParse(request)
    if (!valid.success) return setMessage(`Not saved: ${describeIssues(valid.error)}`)
    const reply = await send("settings/save", { tracking: valid.data.tracking, practice: valid.data.practice })
    setMessage(reply.ok ? "Saved." : reply.error)
  }
  const wipe = async () => {
    if (confirm !== "DELETE") return setMessage("Type DELETE to confirm.")
    const reply = await send("data/wipe", { confirm: "DELETE" })
    setMessage(reply.ok ? "All claims, authorizations, history and reminders were deleted." : "Nothing was deleted.")
    if (reply.ok) setTracking({ ...tracking, calendarOptIn: false }) // the worker turned it off: Save must not undo that
    setConfirm("")
  }

  return (
    <main className="options">
      <h1>PayerLens options</h1>
      <section aria-labelledby="t-h">
        <h2 id="t-h">Reminders</h2>
        {NUMBERS.map(([key, label, unit]) => (
          <label key={key} className="field">
            <span>{label}</span>
            <input
              type="number"
              step={key === "authFractionLeft" ? 0.05 : 1}
              min={0}
              value={tracking[key] as number}
              onChange={(e) => setTracking({ ...tracking, [key]: Number(e.target.value) })}
            />
            <small>{unit}</small>
          </label>
        ))}
        <CalendarOptIn
          value={tracking.calendarOptIn}
          onChange={(calendarOptIn) => setTracking({ ...tracking, calendarOptIn })}
        />
      </section>
      <section aria-labelledby="s-h">
        <h2 id="s-h">Passphrase and lock</h2>
        <label className="field">
          <span>Auto-lock after this many idle minutes</span>
          <input
            type="number"
            step={1}
            min={1}
            max={60}
            value={tracking.autoLockMinutes}
            onChange={(e) => setTracking({ ...tracking, autoLockMinutes: Number(e.target.value) })}
          />
          <small>minutes (1–60)</small>
        </label>
        <Suspense fallback={<p className="empty">Loading…</p>}>
          <ChangePassphrase client={vault} />
        </Suspense>
        <div className="actions">
          <button type="button" className="secondary" onClick={lock}>
            Lock now
          </button>
        </div>
      </section>
      <PayerRules value={tracking.payerRules} onChange={(payerRules) => setTracking({ ...tracking, payerRules })} />
      <section aria-labelledby="p-h">
        <h2 id="p-h">Practice (for letters, superbills and estimates)</h2>
        {(["name", "npi", "taxId", "address", "phone", "state"] as const).map((key) => (
          <label key={key} className="field">
            <span>
              {
                {
                  name: "Practice name",
                  npi: "NPI",
                  taxId: "Tax ID",
                  address: "Address",
                  phone: "Phone",
                  state: "State"
                }[key]
              }
            </span>
            <input value={practice[key] ?? ""} onChange={(e) => setPractice({ ...practice, [key]: e.target.value })} />
          </label>
        ))}
        <ProvidersAndFees practice={practice} onChange={setPractice} />
      </section>
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          Save
        </button>
      </div>
      <ImportRemittance send={send} />
      <section aria-labelledby="d-h">
        <h2 id="d-h">Your data</h2>
        <p className="line2">Everything PayerLens keeps is on this computer only.</p>
        <ExportBackup send={send} onDone={setMessage} />
        <RestoreBackup send={send} onDone={setMessage} />
        <label className="field">
          <span>Type DELETE to erase all claims, authorizations, history and reminders</span>
          <input value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-label="Type DELETE to confirm" />
          <button type="button" className="danger" onClick={() => void wipe()}>
            Erase all data
          </button>
        </label>
      </section>
      <AuditTrail send={send} />
      {message && (
        <p role="status" data-testid="options-message">
          {message}
        </p>
      )}
    </main>
  )
}
