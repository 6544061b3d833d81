// "Check before you submit": the likely denials in the claims PayerLens holds, each on its claim's row, and a form
// to check a claim before it is sent against the stored authorizations and the coding rules.
import { useEffect, useId, useState } from "react"
import type { AuthorizationRow } from "../messages/rows"
import type { Finding, ScrubAnswer } from "../messages/scrub-stored"
import type { Failure } from "../messages/define"
import { useApi } from "./api"
import { ClaimRow, type ClaimActions } from "./ClaimRow"
import { localDate } from "../dates/calendar"

function FindingList({ findings, label }: { findings: Finding[]; label: string }) {
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((f, i) => (
        <li key={i} className={`finding ${f.severity}`} data-testid="finding" data-rule={f.rule}>
          <strong>{f.severity === "error" ? "Likely denial" : "Check"}</strong>
          {f.line !== null ? ` (line ${f.line + 1})` : ""}: {f.message}
        </li>
      ))}
    </ul>
  )
}

export function StoredFindings({ auths, actions }: { auths: AuthorizationRow[]; actions: ClaimActions }) {
  const api = useApi()
  const [answer, setAnswer] = useState<ScrubAnswer | Failure | null>(null)
  useEffect(() => void api.send("scrub/stored", {}).then(setAnswer), [api])
  if (!answer)
    return (
      <p className="empty" role="status">
        Checking the stored claims…
      </p>
    )
  if (!answer.ok)
    return (
      <p role="alert" className="error">
        {answer.error}
      </p>
    )
  if (answer.claims.length === 0)
    return <p className="empty">No stored claim shows a likely denial the rules can see.</p>
  return (
    <>
      {answer.claims.map(({ claim, findings }) => (
        <ClaimRow
          key={claim.key}
          claim={claim}
          auths={auths}
          actions={actions}
          extra={<FindingList findings={findings} label={`Checks on claim ${claim.claimNumber}`} />}
        />
      ))}
    </>
  )
}

type LineForm = { code: string; units: string; modifiers: string }
const blankLine = (): LineForm => ({ code: "", units: "1", modifiers: "" })

export function DraftCheck() {
  const api = useApi()
  const id = useId()
  const [client, setClient] = useState({
    name: "",
    memberId: "",
    payer: "",
    date: localDate(new Date()),
    diagnoses: ""
  })
  const [lines, setLines] = useState<LineForm[]>([blankLine()])
  const [result, setResult] = useState<{ findings: Finding[]; authorizations: number } | string | null>(null)
  const set = (key: keyof typeof client, value: string) => setClient((c) => ({ ...c, [key]: value }))
  const check = async () => {
    const reply = await api.send("scrub/check", {
      claim: {
        payer: client.payer.trim(),
        patient: { name: client.name.trim() || null, memberId: client.memberId.trim() || null, dateOfBirth: null },
        serviceFrom: client.date,
        diagnosisCodes: client.diagnoses.split(/[\s,;]+/).filter(Boolean),
        lines: lines
          .filter((l) => l.code.trim())
          .map((l) => ({
            procedureCode: l.code.trim().toUpperCase(),
            modifiers: l.modifiers
              .split(/[\s,;:]+/)
              .filter(Boolean)
              .map((m) => m.toUpperCase()),
            units: Number(l.units) || 1,
            serviceDate: client.date,
            billedCents: null,
            paidCents: null,
            adjustments: [],
            remarkCodes: []
          }))
      }
    })
    setResult(reply.ok ? { findings: reply.findings, authorizations: reply.authorizations } : reply.error)
  }
  return (
    <form
      className="draft-check"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault()
        void check()
      }}
    >
      <h3 id={`${id}-h`}>Check a claim before you send it</h3>
      <label className="field">
        <span>Client name</span>
        <input value={client.name} onChange={(e) => set("name", e.target.value)} placeholder="LAST, FIRST" />
      </label>
      <label className="field">
        <span>Member ID</span>
        <input value={client.memberId} onChange={(e) => set("memberId", e.target.value)} />
      </label>
      <label className="field">
        <span>Payer</span>
        <input value={client.payer} onChange={(e) => set("payer", e.target.value)} required />
      </label>
      <label className="field">
        <span>Date of service</span>
        <input type="date" value={client.date} onChange={(e) => set("date", e.target.value)} required />
      </label>
      <label className="field">
        <span>Diagnosis codes</span>
        <input value={client.diagnoses} onChange={(e) => set("diagnoses", e.target.value)} placeholder="F41.1, F33.1" />
      </label>
      {lines.map((line, i) => (
        <fieldset key={i} className="draft-line">
          <legend>Line {i + 1}</legend>
          <label className="field">
            <span>Procedure code</span>
            <input
              value={line.code}
              onChange={(e) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, code: e.target.value } : l)))}
              required={i === 0}
            />
          </label>
          <label className="field">
            <span>Units</span>
            <input
              type="number"
              min={1}
              value={line.units}
              onChange={(e) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, units: e.target.value } : l)))}
            />
          </label>
          <label className="field">
            <span>Modifiers</span>
            <input
              value={line.modifiers}
              onChange={(e) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, modifiers: e.target.value } : l)))}
              placeholder="95"
            />
          </label>
        </fieldset>
      ))}
      <div className="actions">
        {lines.length < 6 && (
          <button type="button" className="secondary" onClick={() => setLines((ls) => [...ls, blankLine()])}>
            Add a line
          </button>
        )}
        <button type="submit">Check this claim</button>
      </div>
      <div aria-live="polite" data-testid="draft-result">
        {typeof result === "string" && (
          <p role="alert" className="error">
            {result}
          </p>
        )}
        {result && typeof result !== "string" && result.findings.length === 0 && (
          <p className="ok-note">
            No likely denial found{result.authorizations ? "" : " (no authorizations are stored to check it against)"}.
          </p>
        )}
        {result && typeof result !== "string" && result.findings.length > 0 && (
          <FindingList findings={result.findings} label="Checks on this claim" />
        )}
      </div>
    </form>
  )
}
