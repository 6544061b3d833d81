// A good-faith estimate for a self-pay or uninsured client (No Surprises Act, 45 CFR 149.610): the expected
// services from the practice's fee list, the number of sessions over the period, where and by whom, and the
// client's right to dispute a bill $400 or more above it. The total updates as the form changes; the PDF holds
// every element the regulation asks for (src/client/estimate.ts lists them with their sources). The timing
// line (1 business day when scheduled 3+ business days ahead; 3 when 10+ ahead or on request) is the CMS model
// notice's instructions (CMS-10791 Appendix 2, https://omb.report/icr/202303-0938-013/doc/130555401).
import { useId, useState } from "react"
import {
  DISPUTE_THRESHOLD_CENTS,
  addMonths,
  parseEstimateInput,
  serviceDescription,
  sessionsInPeriod
} from "../client/estimate"
import { centsFromText, centsToText, money, type Lang } from "../client/lang"
import type { Paper } from "../client/pdf"
import { addDays } from "../dates/business-days"
import { CLIENT_DOC_CSS, DocumentOptions, savePdf, type PdfFontLoader } from "./ClientStatement"
import type { PracticeDetails, ProviderDetails } from "./SuperbillForm"

type ServiceRow = { id: number; code: string; sessions: string; fee: string; description: string }
type Location = { place: string; state: string }

type Props = {
  practice: PracticeDetails
  providers: ProviderDetails[]
  /** The practice's fee per code (cents). */
  fees: Record<string, number>
  client?: { name: string; dateOfBirth: string }
  /** The state the practice works in, to start the location with. */
  state?: string
  today: string
  loadFonts: PdfFontLoader
  onBack?: () => void
}

const PACES: [string, number][] = [
  ["Weekly", 7],
  ["Every other week", 14],
  ["Monthly", 30]
]

export function EstimateForm({
  practice,
  providers,
  fees,
  client: clientIn,
  state = "",
  today,
  loadFonts,
  onBack
}: Props) {
  const id = useId()
  const codes = Object.keys(fees).sort()
  const [client, setClient] = useState(clientIn ?? { name: "", dateOfBirth: "" })
  const [primary, setPrimary] = useState("Weekly individual psychotherapy")
  const [scheduled, setScheduled] = useState("")
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(addDays(addMonths(today, 6), -1))
  const [providerIndex, setProviderIndex] = useState(providers.length ? 0 : -1)
  const [locations, setLocations] = useState<Location[]>([{ place: practice.address, state }])
  const [diagnoses, setDiagnoses] = useState("")
  const [separately, setSeparately] = useState("")
  const [services, setServices] = useState<ServiceRow[]>(() => {
    const code = codes.includes("90837") ? "90837" : (codes[0] ?? "")
    return [
      {
        id: 1,
        code,
        sessions: String(sessionsInPeriod(today, addDays(addMonths(today, 6), -1), 7)),
        fee: fees[code] !== undefined ? centsToText(fees[code]) : "",
        description: ""
      }
    ]
  })
  const [lang, setLang] = useState<Lang>("en")
  const [paper, setPaper] = useState<Paper>("letter")
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const lineTotal = (s: ServiceRow) =>
    (centsFromText(s.fee) ?? 0) * (Number.isInteger(Number(s.sessions)) ? Number(s.sessions) : 0)
  const total = services.reduce((n, s) => n + lineTotal(s), 0)
  const update = (rowId: number, change: Partial<ServiceRow>) =>
    setServices((all) => all.map((s) => (s.id === rowId ? { ...s, ...change } : s)))

  const save = async () => {
    setStatus(null)
    const provider = providerIndex >= 0 ? providers[providerIndex] : null
    const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean)
    const input = {
      practice,
      ...(provider ? { provider } : {}),
      client,
      primaryService: primary,
      scheduledDate: scheduled || null,
      period: { from, to },
      locations,
      diagnoses: list(diagnoses),
      services: services.map((s) => ({
        code: s.code,
        description: s.description.trim() || null,
        sessions: Number(s.sessions),
        feeCents: centsFromText(s.fee) ?? -1
      })),
      separatelyScheduled: separately
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
    }
    const parsed = parseEstimateInput(input)
    if (!parsed.ok) return setError(`Check ${parsed.error}`)
    setError(null)
    setBusy(true)
    try {
      const { renderEstimatePdf } = await import("../client/estimate-pdf")
      const bytes = await renderEstimatePdf(parsed.value, await loadFonts(), { lang, paper, issued: today })
      savePdf(`good-faith-estimate-${client.name.replace(/[^\w-]+/g, "_")}-${today}.pdf`, bytes)
      setStatus("Saved as a PDF in your downloads. Give the client a copy and keep one.")
    } catch {
      setStatus("The PDF could not be made.")
    } finally {
      setBusy(false)
    }
  }

  const input = (label: string, name: string, value: string, onChange: (v: string) => void, type = "text") => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )

  return (
    <section aria-labelledby={`${id}-h`} className="client-doc" data-testid="estimate-form">
      <style>{CLIENT_DOC_CSS}</style>
      {onBack && (
        <button type="button" className="link" onClick={onBack}>
          ← Back
        </button>
      )}
      <h2 id={`${id}-h`} className="patient-title">
        Good-faith estimate
      </h2>
      <p className="line2">
        For clients without insurance or not using it. Give it within 1 business day of scheduling a service 3 or more
        business days ahead (3 business days when it is 10 or more ahead, or when the client asks). One estimate may
        cover up to 12 months of recurring sessions.
      </p>

      <h3>Client</h3>
      <div className="grid">
        {input("Name", "c-name", client.name, (v) => setClient({ ...client, name: v }))}
        {input("Date of birth", "c-dob", client.dateOfBirth, (v) => setClient({ ...client, dateOfBirth: v }), "date")}
      </div>

      <h3>Care</h3>
      <div className="grid">
        {input("Primary service, in plain words", "primary", primary, setPrimary)}
        {input("First scheduled session (optional)", "scheduled", scheduled, setScheduled, "date")}
        {input("Period from", "from", from, setFrom, "date")}
        {input("Period to (12 months at most)", "to", to, setTo, "date")}
        {input("Diagnosis codes, if known (comma between)", "dx", diagnoses, setDiagnoses)}
        <div className="field">
          <label htmlFor={`${id}-provider`}>Provider</label>
          <select
            id={`${id}-provider`}
            value={providerIndex}
            onChange={(e) => setProviderIndex(Number(e.target.value))}
          >
            <option value={-1}>None (the practice only)</option>
            {providers.map((p, i) => (
              <option key={`${p.name}-${i}`} value={i}>
                {[p.name, p.credentials].filter(Boolean).join(", ")}
              </option>
            ))}
          </select>
        </div>
      </div>

      <h3>Where</h3>
      {locations.map((l, i) => (
        <div className="grid" key={i}>
          {input(`Location ${i + 1}`, `loc-${i}`, l.place, (v) =>
            setLocations((all) => all.map((x, j) => (j === i ? { ...x, place: v } : x)))
          )}
          {input(`State of location ${i + 1}`, `state-${i}`, l.state, (v) =>
            setLocations((all) => all.map((x, j) => (j === i ? { ...x, state: v.toUpperCase() } : x)))
          )}
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setLocations((all) => [...all, { place: "Video sessions, client at home", state }])}
        >
          Add a location
        </button>
      </div>

      <h3>Expected services</h3>
      <table>
        <caption className="visually-hidden">Expected services and charges</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Sessions</th>
            <th scope="col">Fee each ($)</th>
            <th scope="col" className="amount">
              Expected charge
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((s, i) => (
            <tr key={s.id}>
              <td>
                <select
                  aria-label={`Code of service ${i + 1}`}
                  value={s.code}
                  onChange={(e) =>
                    update(s.id, {
                      code: e.target.value,
                      fee: fees[e.target.value] !== undefined ? centsToText(fees[e.target.value]) : s.fee
                    })
                  }
                >
                  {!codes.includes(s.code) && <option value={s.code}>{s.code || "choose"}</option>}
                  {codes.map((c) => (
                    <option key={c} value={c}>
                      {c} {serviceDescription(c, "en") ?? ""}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Sessions of service ${i + 1}`}
                  type="number"
                  min={1}
                  value={s.sessions}
                  onChange={(e) => update(s.id, { sessions: e.target.value })}
                  size={4}
                />{" "}
                <select
                  aria-label={`Sessions of service ${i + 1} from a pace over the period`}
                  value=""
                  onChange={(e) =>
                    e.target.value &&
                    update(s.id, { sessions: String(sessionsInPeriod(from, to, Number(e.target.value))) })
                  }
                >
                  <option value="">pace…</option>
                  {PACES.map(([label, days]) => (
                    <option key={days} value={days}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Fee each for service ${i + 1}, in dollars`}
                  inputMode="decimal"
                  size={8}
                  value={s.fee}
                  onChange={(e) => update(s.id, { fee: e.target.value })}
                />
              </td>
              <td className="amount">{money(lineTotal(s))}</td>
              <td>
                {services.length > 1 && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => setServices((all) => all.filter((x) => x.id !== s.id))}
                  >
                    Remove<span className="visually-hidden"> service {i + 1}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setServices((all) => [
              ...all,
              {
                id: Math.max(...all.map((x) => x.id)) + 1,
                code: codes[0] ?? "",
                sessions: "1",
                fee: codes[0] ? centsToText(fees[codes[0]]) : "",
                description: ""
              }
            ])
          }
        >
          Add a service
        </button>
      </div>
      <p className="owes" data-testid="estimate-total">
        Total estimate {money(total)}
      </p>
      <p className="line2">
        The client may dispute a bill of {money(total + DISPUTE_THRESHOLD_CENTS)} or more (at least $400 above this
        estimate).
      </p>

      <div className="field">
        <label htmlFor={`${id}-separately`}>Services to be scheduled separately, one a line (optional)</label>
        <textarea id={`${id}-separately`} rows={2} value={separately} onChange={(e) => setSeparately(e.target.value)} />
      </div>

      <DocumentOptions lang={lang} setLang={setLang} paper={paper} setPaper={setPaper} idPrefix={`${id}-doc`} />
      {error && (
        <p role="alert" data-testid="estimate-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {busy ? "Saving…" : "Save estimate PDF"}
        </button>
      </div>
      {status && (
        <p className="line2" role="status">
          {status}
        </p>
      )}
    </section>
  )
}
