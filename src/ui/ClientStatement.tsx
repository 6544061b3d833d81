// "Explain to the client": one processed claim in plain words, English or Spanish — the parts of the billed
// amount, what the client owes now, the plan's codes in lay words. Copy, print, or save as a one-page PDF.
// Nothing leaves the machine unless the user prints or saves it.
import { useMemo, useState } from "react"
import type { Claim } from "../model/capture"
import { explainClaim, statementText } from "../client/statement"
import { money, type Lang } from "../client/lang"
import type { Paper, PdfFonts } from "../client/pdf"
import { localDate } from "../dates/calendar"

export type PdfFontLoader = () => Promise<PdfFonts>

/** Print rules for the client documents (app.css's print rules show only `.letter`). */
export const CLIENT_DOC_CSS = `
.client-doc table { width: 100%; border-collapse: collapse; font-size: 12px; }
.client-doc th, .client-doc td { text-align: left; vertical-align: top; padding: 3px 4px; border-bottom: 1px solid var(--line); }
.client-doc td.amount, .client-doc th.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.client-doc tr.total td { font-weight: 600; }
.client-doc dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
.client-doc dt { color: var(--muted); }
.client-doc dd { margin: 0; }
.client-doc fieldset { border: 0; padding: 0; margin: 6px 0; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
.client-doc .owes { font-size: 14px; font-weight: 600; }
.client-doc .field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.client-doc .field input, .client-doc .field select, .client-doc .field textarea { font: inherit; padding: 3px 6px; border: 1px solid var(--muted); border-radius: 5px; background: var(--bg); color: var(--fg); }
.client-doc .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px 10px; }
.client-doc [role="alert"] { color: var(--bad); }
@media print {
  .client-doc, .client-doc * { visibility: visible; }
  .client-doc { position: absolute; inset: 0; font: 11pt/1.45 Georgia, serif; color: #000; }
  .client-doc .no-print { display: none; }
}
`

/** Saves PDF bytes through the browser's download (an object URL, revoked once the click is done). */
export function savePdf(name: string, bytes: Uint8Array): void {
  const link = document.createElement("a")
  link.href = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: "application/pdf" }))
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

/** Language and paper pickers shared by the three client documents. */
export function DocumentOptions(props: {
  lang: Lang
  setLang: (l: Lang) => void
  paper: Paper
  setPaper: (p: Paper) => void
  idPrefix: string
}) {
  const { lang, setLang, paper, setPaper, idPrefix } = props
  return (
    <fieldset className="no-print">
      <legend className="visually-hidden">Language and paper</legend>
      <span role="radiogroup" aria-label="Language">
        <label>
          <input type="radio" name={`${idPrefix}-lang`} checked={lang === "en"} onChange={() => setLang("en")} />{" "}
          English
        </label>{" "}
        <label lang="es">
          <input type="radio" name={`${idPrefix}-lang`} checked={lang === "es"} onChange={() => setLang("es")} />{" "}
          Español
        </label>
      </span>
      <label htmlFor={`${idPrefix}-paper`}>Paper</label>
      <select id={`${idPrefix}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
        <option value="letter">US Letter</option>
        <option value="a4">A4</option>
      </select>
    </fieldset>
  )
}

type Props = {
  claim: Claim
  practice?: { name?: string; phone?: string }
  /** What the client already paid the practice for this claim, when the practice records it. */
  alreadyPaidCents?: number | null
  loadFonts: PdfFontLoader
  initialLang?: Lang
  onBack?: () => void
}

export function ClientStatement({ claim, practice, alreadyPaidCents, loadFonts, initialLang = "en", onBack }: Props) {
  const [lang, setLang] = useState<Lang>(initialLang)
  const [paper, setPaper] = useState<Paper>("letter")
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const s = useMemo(
    () => explainClaim(claim, { lang, practice, alreadyPaidCents }),
    [claim, lang, practice, alreadyPaidCents]
  )

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(statementText(s))
      setStatus("Copied. Paste it into an email or a message to the client.")
    } catch {
      setStatus("The browser did not allow copying; select the text and copy it.")
    }
  }
  const save = async () => {
    setBusy(true)
    try {
      const { renderStatementPdf } = await import("../client/statement-pdf")
      const bytes = await renderStatementPdf(s, await loadFonts(), { paper, date: localDate(new Date()) })
      savePdf(`statement-${claim.claimNumber.replace(/[^\w-]+/g, "_")}.pdf`, bytes)
      setStatus("Saved as a PDF in your downloads.")
    } catch {
      setStatus("The PDF could not be made. Try Print and choose “Save as PDF”.")
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="client-statement-h" className="client-doc" data-testid="client-statement">
      <style>{CLIENT_DOC_CSS}</style>
      {onBack && (
        <button type="button" className="link no-print" onClick={onBack}>
          ← Back
        </button>
      )}
      <DocumentOptions lang={lang} setLang={setLang} paper={paper} setPaper={setPaper} idPrefix="statement" />
      <div lang={lang}>
        <h2 id="client-statement-h" className="patient-title">
          {s.title}
        </h2>
        <p className="line2">{s.intro}</p>
        <h3>{s.headings.visit}</h3>
        <dl>
          {s.visit.map(([k, v]) => (
            <div key={k} style={{ display: "contents" }}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <h3>{s.headings.split}</h3>
        <table data-testid="statement-parts">
          <caption className="visually-hidden">{s.headings.split}</caption>
          <thead>
            <tr>
              <th scope="col">{s.columns.part}</th>
              <th scope="col">{s.columns.meaning}</th>
              <th scope="col" className="amount">
                {s.columns.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.billedCents !== null && (
              <tr className="total">
                <td>{s.billedLabel}</td>
                <td />
                <td className="amount">{money(s.billedCents)}</td>
              </tr>
            )}
            {s.parts.map((p) => (
              <tr key={p.kind} data-part={p.kind}>
                <td>
                  {p.label}
                  {p.codes.length > 0 && <> ({p.codes.join(", ")})</>}
                </td>
                <td>{p.sentence}</td>
                <td className="amount">{money(p.cents)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{s.totalLabel}</td>
              <td />
              <td className="amount">{money(s.totalCents)}</td>
            </tr>
          </tbody>
        </table>
        {s.allowedCents !== null && (
          <p className="line2">
            {s.allowedLabel}: {money(s.allowedCents)}
          </p>
        )}
        <h3>{s.headings.owes}</h3>
        <p className="owes" data-testid="statement-owes">
          {s.owesSentence}
        </p>
        {s.codes.length > 0 && (
          <>
            <h3>{s.headings.codes}</h3>
            <table>
              <caption className="visually-hidden">{s.headings.codes}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.columns.code}</th>
                  <th scope="col">{s.columns.meaning}</th>
                  <th scope="col" className="amount">
                    {s.columns.amount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.codes.map((c) => (
                  <tr key={c.code}>
                    <td>
                      <code>{c.code}</code>
                    </td>
                    <td>{c.meaning}</td>
                    <td className="amount">{c.amount ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {s.notes.length > 0 && (
          <>
            <h3>{s.headings.notes}</h3>
            <ul>
              {s.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{s.headings.questions}</h3>
        <p>{s.questions}</p>
      </div>
      <div className="actions no-print">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="secondary" onClick={() => void save()} disabled={busy}>
          {busy ? "Saving…" : "Save as PDF"}
        </button>
      </div>
      <p className="line2 no-print">
        Nothing of this leaves your computer unless you print it, save it or paste it somewhere.
      </p>
      {status && (
        <p className="line2 no-print" role="status">
          {status}
        </p>
      )}
    </section>
  )
}
