// A superbill for one client: pick the sessions (captured claims, or sessions typed in for clients whose claims
// never reach a portal), check the practice, provider and client details, then save the PDF. The same input
// shape and checks as the `superbill` command line (../shared/contracts/superbill.md).
import { useId, useState } from "react"
import type { Claim } from "../model/capture"
import { parseSuperbillInput, sessionsFromClaims, type SuperbillSession } from "../client/superbill"
import { centsFromText, centsToText, money, type Lang } from "../client/lang"
import type { Paper } from "../client/pdf"
import { lookupIcd10 } from "../icd10"
import { CLIENT_DOC_CSS, DocumentOptions, savePdf, type PdfFontLoader } from "./ClientStatement"
import { usDate } from "./format"

export type PracticeDetails = { name: string; address: string; phone: string; npi: string; taxId: string }
export type ProviderDetails = { name: string; credentials?: string; npi?: string; license?: string }
export type ClientDetails = { name: string; dateOfBirth: string; address?: string; insurer?: string; memberId?: string }

type Row = { id: string; session: SuperbillSession; include: boolean; paidText: string }

type Props = {
  practice: PracticeDetails
  providers: ProviderDetails[]
  client: ClientDetails
  /** The client's captured claims; each service line becomes a session to pick. */
  claims?: Claim[]
  /** The practice's fee per code (cents), for typed-in sessions. */
  fees?: Record<string, number>
  today: string
  loadFonts: PdfFontLoader
  onBack?: () => void
}

const blankSession = (today: string): SuperbillSession => ({
  date: today,
  code: "",
  modifiers: [],
  units: 1,
  placeOfService: null,
  diagnoses: [],
  feeCents: 0,
  paidCents: 0
})

export function SuperbillForm({
  practice: practiceIn,
  providers,
  client: clientIn,
  claims = [],
  fees = {},
  today,
  loadFonts,
  onBack
}: Props) {
  const id = useId()
  const [practice, setPractice] = useState<PracticeDetails>(practiceIn)
  const [providerIndex, setProviderIndex] = useState(providers.length ? 0 : -1)
  const [client, setClient] = useState<ClientDetails>(clientIn)
  const [rows, setRows] = useState<Row[]>(() =>
    sessionsFromClaims(claims).map((session, i) => ({
      id: `c${i}`,
      session,
      include: true,
      paidText: centsToText(session.paidCents)
    }))
  )
  const [draft, setDraft] = useState({
    date: today,
    code: "",
    modifiers: "",
    units: "1",
    pos: "",
    diagnoses: "",
    fee: "",
    paid: ""
  })
  const [lang, setLang] = useState<Lang>("en")
  const [paper, setPaper] = useState<Paper>("letter")
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const chosen = rows.filter((r) => r.include)
  const feesTotal = chosen.reduce((n, r) => n + r.session.feeCents, 0)
  const paidTotal = chosen.reduce((n, r) => n + (centsFromText(r.paidText) ?? 0), 0)
  const totals = { fees: feesTotal, paid: paidTotal, balance: feesTotal - paidTotal }

  const addDraft = () => {
    const fee = centsFromText(draft.fee)
    const paid = draft.paid.trim() ? centsFromText(draft.paid) : 0
    const units = Number(draft.units)
    if (!draft.code.trim()) return setError("New session: the code is required.")
    if (fee === null) return setError("New session: the fee is an amount in dollars, e.g. 180.00.")
    if (paid === null) return setError("New session: the amount paid is an amount in dollars, e.g. 180.00.")
    if (!Number.isInteger(units) || units < 1) return setError("New session: units are a whole number, 1 or more.")
    const session: SuperbillSession = {
      ...blankSession(today),
      date: draft.date,
      code: draft.code.trim().toUpperCase(),
      modifiers: draft.modifiers.split(/[\s,]+/).filter(Boolean),
      units,
      placeOfService: draft.pos.trim() || null,
      diagnoses: draft.diagnoses.split(/[\s,;]+/).filter(Boolean),
      feeCents: fee,
      paidCents: paid
    }
    setRows((r) => [...r, { id: `t${Date.now()}`, session, include: true, paidText: centsToText(paid) }])
    setDraft({ date: draft.date, code: "", modifiers: "", units: "1", pos: "", diagnoses: "", fee: "", paid: "" })
    setError(null)
  }

  const save = async () => {
    setStatus(null)
    const provider = providerIndex >= 0 ? providers[providerIndex] : null
    const sessions = chosen.map((r) => ({ ...r.session, paidCents: centsFromText(r.paidText) ?? -1 }))
    const input = {
      practice,
      ...(provider ? { provider } : {}),
      client: Object.fromEntries(Object.entries(client).filter(([, v]) => v !== undefined && v !== "")),
      sessions
    }
    const parsed = parseSuperbillInput(input)
    if (!parsed.ok) return setError(`Check ${parsed.error}`)
    setError(null)
    setBusy(true)
    try {
      const { renderSuperbillPdf } = await import("../client/superbill-pdf")
      const bytes = await renderSuperbillPdf(parsed.value, await loadFonts(), { lang, paper, issued: today })
      savePdf(`superbill-${client.name.replace(/[^\w-]+/g, "_")}-${today}.pdf`, bytes)
      setStatus("Saved as a PDF in your downloads.")
    } catch {
      setStatus("The PDF could not be made.")
    } finally {
      setBusy(false)
    }
  }

  const field = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    opts: { type?: string; name: string; required?: boolean }
  ) => (
    <div className="field" key={opts.name}>
      <label htmlFor={`${id}-${opts.name}`}>
        {label}
        {opts.required ? "" : " (optional)"}
      </label>
      <input
        id={`${id}-${opts.name}`}
        type={opts.type ?? "text"}
        value={value}
        required={opts.required}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )

  return (
    <section aria-labelledby={`${id}-h`} className="client-doc" data-testid="superbill-form">
      <style>{CLIENT_DOC_CSS}</style>
      {onBack && (
        <button type="button" className="link" onClick={onBack}>
          ← Back
        </button>
      )}
      <h2 id={`${id}-h`} className="patient-title">
        Superbill for {client.name || "this client"}
      </h2>
      <p className="line2">
        An itemized statement the client sends to their insurer to claim out-of-network reimbursement.
      </p>

      <h3>Sessions</h3>
      {rows.length === 0 && <p className="empty">No captured sessions for this client: add them below.</p>}
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">Sessions on the superbill</caption>
          <thead>
            <tr>
              <th scope="col">Include</th>
              <th scope="col">Date</th>
              <th scope="col">Code</th>
              <th scope="col">Diagnoses</th>
              <th scope="col" className="amount">
                Fee
              </th>
              <th scope="col" className="amount">
                Paid by the client
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Include ${usDate(r.session.date)} ${r.session.code}`}
                    checked={r.include}
                    onChange={(e) =>
                      setRows((all) => all.map((x) => (x.id === r.id ? { ...x, include: e.target.checked } : x)))
                    }
                  />
                </td>
                <td>{usDate(r.session.date)}</td>
                <td>{[r.session.code, ...(r.session.modifiers ?? [])].join("-")}</td>
                <td>
                  {r.session.diagnoses.map((d) => (
                    <span key={d} title={lookupIcd10(d)?.description || undefined}>
                      {d}{" "}
                    </span>
                  ))}
                </td>
                <td className="amount">{money(r.session.feeCents)}</td>
                <td className="amount">
                  <input
                    aria-label={`Paid by the client for ${usDate(r.session.date)} ${r.session.code}, in dollars`}
                    inputMode="decimal"
                    size={8}
                    value={r.paidText}
                    onChange={(e) =>
                      setRows((all) => all.map((x) => (x.id === r.id ? { ...x, paidText: e.target.value } : x)))
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="line2" data-testid="superbill-totals">
        Total fees {money(totals.fees)} · total paid {money(totals.paid)} · balance {money(totals.balance)}
      </p>

      <details>
        <summary>Add a session typed in</summary>
        <div className="grid">
          {field("Date", draft.date, (v) => setDraft({ ...draft, date: v }), {
            type: "date",
            name: "d-date",
            required: true
          })}
          <div className="field">
            <label htmlFor={`${id}-d-code`}>Code (CPT/HCPCS)</label>
            <input
              id={`${id}-d-code`}
              list={`${id}-fee-codes`}
              value={draft.code}
              required
              onChange={(e) => {
                const code = e.target.value.toUpperCase()
                const fee = fees[code]
                setDraft({ ...draft, code, fee: fee !== undefined && !draft.fee ? centsToText(fee) : draft.fee })
              }}
            />
            <datalist id={`${id}-fee-codes`}>
              {Object.keys(fees).map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </div>
          {field("Modifiers", draft.modifiers, (v) => setDraft({ ...draft, modifiers: v }), { name: "d-mod" })}
          {field("Units", draft.units, (v) => setDraft({ ...draft, units: v }), {
            type: "number",
            name: "d-units",
            required: true
          })}
          {field("Place of service", draft.pos, (v) => setDraft({ ...draft, pos: v }), { name: "d-pos" })}
          {field("Diagnoses (ICD-10-CM, comma between)", draft.diagnoses, (v) => setDraft({ ...draft, diagnoses: v }), {
            name: "d-dx",
            required: true
          })}
          {field("Fee ($)", draft.fee, (v) => setDraft({ ...draft, fee: v }), { name: "d-fee", required: true })}
          {field("Paid by the client ($)", draft.paid, (v) => setDraft({ ...draft, paid: v }), { name: "d-paid" })}
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={addDraft}>
            Add session
          </button>
        </div>
      </details>

      <h3>Practice</h3>
      <div className="grid">
        {field("Name", practice.name, (v) => setPractice({ ...practice, name: v }), { name: "p-name", required: true })}
        {field("Address", practice.address, (v) => setPractice({ ...practice, address: v }), {
          name: "p-address",
          required: true
        })}
        {field("Phone", practice.phone, (v) => setPractice({ ...practice, phone: v }), {
          name: "p-phone",
          required: true,
          type: "tel"
        })}
        {field("NPI", practice.npi, (v) => setPractice({ ...practice, npi: v }), { name: "p-npi", required: true })}
        {field("Tax ID", practice.taxId, (v) => setPractice({ ...practice, taxId: v }), {
          name: "p-tax",
          required: true
        })}
      </div>
      <h3>Rendering provider</h3>
      <div className="field">
        <label htmlFor={`${id}-provider`}>Provider on the superbill</label>
        <select id={`${id}-provider`} value={providerIndex} onChange={(e) => setProviderIndex(Number(e.target.value))}>
          <option value={-1}>None (the practice only)</option>
          {providers.map((p, i) => (
            <option key={`${p.name}-${i}`} value={i}>
              {[p.name, p.credentials].filter(Boolean).join(", ")}
            </option>
          ))}
        </select>
      </div>
      <h3>Client</h3>
      <div className="grid">
        {field("Name", client.name, (v) => setClient({ ...client, name: v }), { name: "c-name", required: true })}
        {field("Date of birth", client.dateOfBirth, (v) => setClient({ ...client, dateOfBirth: v }), {
          name: "c-dob",
          type: "date",
          required: true
        })}
        {field("Address", client.address ?? "", (v) => setClient({ ...client, address: v }), { name: "c-address" })}
        {field("Insurer", client.insurer ?? "", (v) => setClient({ ...client, insurer: v }), { name: "c-insurer" })}
        {field("Member ID", client.memberId ?? "", (v) => setClient({ ...client, memberId: v }), { name: "c-member" })}
      </div>

      <DocumentOptions lang={lang} setLang={setLang} paper={paper} setPaper={setPaper} idPrefix={`${id}-doc`} />
      {error && (
        <p role="alert" data-testid="superbill-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={busy || chosen.length === 0}>
          {busy ? "Saving…" : "Save superbill PDF"}
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
