// The practice's clinicians (name, credentials, NPI, license) and its fee per procedure code, for superbills and
// good-faith estimates.
import { useState } from "react"
import type { PracticeInfo, Provider } from "../src/model/practice"

const blank: Provider = { name: "", credentials: "", npi: "", license: "" }
const dollars = (cents: number) => (cents / 100).toFixed(2)

export function ProvidersAndFees({
  practice,
  onChange
}: {
  practice: PracticeInfo
  onChange: (p: PracticeInfo) => void
}) {
  const providers = practice.providers ?? []
  const fees = practice.fees ?? {}
  const [code, setCode] = useState("")
  const [fee, setFee] = useState("")
  const setProvider = (i: number, patch: Partial<Provider>) =>
    onChange({ ...practice, providers: providers.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  const addFee = () => {
    const c = code.trim().toUpperCase()
    const cents = Math.round(Number(fee) * 100)
    if (!/^[A-Z0-9]{5}$/.test(c) || !Number.isFinite(cents) || cents < 0) return
    onChange({ ...practice, fees: { ...fees, [c]: cents } })
    setCode("")
    setFee("")
  }
  return (
    <>
      <h3>Clinicians</h3>
      {providers.map((p, i) => (
        <fieldset key={i} className="provider">
          <legend>Clinician {i + 1}</legend>
          {(["name", "credentials", "npi", "license"] as const).map((key) => (
            <label key={key} className="field">
              <span>
                {
                  {
                    name: "Clinician name",
                    credentials: "Credentials",
                    npi: "Clinician NPI",
                    license: "License number"
                  }[key]
                }
              </span>
              <input value={p[key]} onChange={(e) => setProvider(i, { [key]: e.target.value })} />
            </label>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => onChange({ ...practice, providers: providers.filter((_, j) => j !== i) })}
          >
            Remove clinician {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange({ ...practice, providers: [...providers, blank] })}
      >
        Add a clinician
      </button>
      <h3>Fees</h3>
      <table className="fees" aria-label="Fees per procedure code">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Fee</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(fees)
            .sort()
            .map(([c, cents]) => (
              <tr key={c}>
                <td>{c}</td>
                <td>${dollars(cents)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      onChange({ ...practice, fees: Object.fromEntries(Object.entries(fees).filter(([k]) => k !== c)) })
                    }
                  >
                    Remove {c}
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <div className="fee-add">
        <label className="field">
          <span>Procedure code</span>
          <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="90837" maxLength={5} />
        </label>
        <label className="field">
          <span>Fee ($)</span>
          <input type="number" min={0} step="0.01" value={fee} onChange={(e) => setFee(e.target.value)} />
        </label>
        <button type="button" className="secondary" onClick={addFee}>
          Add fee
        </button>
      </div>
    </>
  )
}
