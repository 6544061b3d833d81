// Options: tracking thresholds, the per-payer deadline table, practice details, and the user's data (export, restore, wipe).
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import type { PracticeInfo } from "../src/model/practice"
import { settingsSave } from "../src/messages/settings-save"
import { makeSend } from "../src/messages/send"
import { describeIssues } from "../src/messages/shapes"
import type { TrackingSettings } from "../src/tracking/settings"
import { download } from "../src/ui/download"
import { RestoreBackup } from "./RestoreBackup"
import { ProvidersAndFees } from "./ProvidersAndFees"
import { PayerRules } from "./PayerRules"
import "../src/ui/app.css"

document.documentElement.lang = "en" // Plasmo writes <html> without a language
import "./options.css"

const send = makeSend((request) => browser.runtime.sendMessage(request))

const NUMBERS: [keyof TrackingSettings, string, string][] = [
  ["authVisitsLeft", "Warn when this many visits are left", "visits"],
  ["authFractionLeft", "…or when this share of approved visits is left", "0–1"],
  ["authDaysBeforeEnd", "Warn this many days before an authorization ends", "days"],
  ["reauthLeadBusinessDays", "Remind to request a re-authorization", "business days before"],
  ["followUpDays", "Follow up an unpaid claim after no change for", "days"],
  ["timelyFilingAlertDays", "Alert before a claim's first filing or appeal deadline", "days"]
]

export default function Options() {
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
  const exportData = async () => {
    const reply = await send("data/export", {})
    if (!reply.ok) return setMessage(`Export failed: ${reply.error}`)
    download("payerlens-backup.json", reply.backup, "application/json")
    download("payerlens-claims.csv", reply.claimsCsv, "text/csv")
    download("payerlens-authorizations.csv", reply.authorizationsCsv, "text/csv")
    setMessage("Exported a JSON backup and two CSV files.")
  }
  const wipe = async () => {
    if (confirm !== "DELETE") return setMessage("Type DELETE to confirm.")
    const reply = await send("data/wipe", { confirm: "DELETE" })
    setMessage(reply.ok ? "All claims, authorizations, history and reminders were deleted." : "Nothing was deleted.")
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
      <section aria-labelledby="d-h">
        <h2 id="d-h">Your data</h2>
        <p className="line2">Everything PayerLens keeps is on this computer only.</p>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void exportData()}>
            Export backup and CSV
          </button>
        </div>
        <RestoreBackup onDone={setMessage} />
        <label className="field">
          <span>Type DELETE to erase all claims, authorizations, history and reminders</span>
          <input value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-label="Type DELETE to confirm" />
          <button type="button" className="danger" onClick={() => void wipe()}>
            Erase all data
          </button>
        </label>
      </section>
      {message && (
        <p role="status" data-testid="options-message">
          {message}
        </p>
      )}
    </main>
  )
}
