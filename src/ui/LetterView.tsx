// A letter draft for one denied claim; the user edits it, then copies or prints it. The draft states as fact
// only what PayerLens holds: the client's other claims are fetched so the authorization's units count, and a
// timely-filing letter asks for the clearinghouse acceptance date (checked before it is used).
import { useEffect, useMemo, useState } from "react"
import type { AuthorizationRow } from "../messages/rows"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { draftLetter, mainDenialReason, type Letter } from "../letters/appeal"
import { patientKey } from "../browse/patient"
import { localDate } from "../dates/calendar"
import { EMPTY_PRACTICE, type PracticeInfo } from "../model/practice"
import { useApi } from "./api"

type Inputs = { practice: PracticeInfo; auths: StoredAuthorization[]; claims: StoredClaim[] }

export function LetterView({
  claim,
  auths,
  onBack
}: {
  claim: StoredClaim
  auths: AuthorizationRow[]
  onBack: () => void
}) {
  const api = useApi()
  const [inputs, setInputs] = useState<Inputs | null>(null)
  const [proof, setProof] = useState("")
  const [letter, setLetter] = useState<Letter | null>(null)
  const [text, setText] = useState("")
  const [status, setStatus] = useState<string | null>(null)
  const timelyFiling = mainDenialReason(claim)?.reason === "29"

  useEffect(() => {
    const key = patientKey(claim.patient)
    void Promise.all([api.settings(), key ? api.patient(key) : Promise.resolve(null)]).then(([settings, records]) => {
      const found = records?.ok ? records : null
      setInputs({
        practice: settings.ok ? settings.practice : EMPTY_PRACTICE,
        auths: found ? found.authorizations : auths,
        claims: found ? found.claims : []
      })
    })
  }, [claim.key])

  // the draft follows the inputs and the proof date; a proof date that is not valid keeps the last draft shown
  const draft = useMemo(() => {
    if (!inputs) return null
    try {
      const drafted = draftLetter(claim, inputs.practice, inputs.auths, localDate(new Date()), {
        proofOfTimelyFiling: proof || null,
        claims: inputs.claims
      })
      return { letter: drafted, error: null }
    } catch (error) {
      return { letter: null, error: error instanceof Error ? error.message : String(error) }
    }
  }, [claim, inputs, proof])
  const proofError = draft?.error ?? null
  if (draft?.letter && draft.letter !== letter) {
    // a new draft replaces the edited text (React's pattern for state that follows a value)
    setLetter(draft.letter)
    setText(draft.letter.text)
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus("Copied. Paste it into your letter template or the portal's appeal form.")
    } catch {
      setStatus("The browser did not allow copying; select the text and copy it.")
    }
  }
  const practiceMissing = inputs !== null && (!inputs.practice.name || !inputs.practice.npi)
  return (
    <section aria-labelledby="letter-h" className="letter" data-testid="letter-view">
      <button type="button" className="link no-print" onClick={onBack}>
        ← Back
      </button>
      <h2 id="letter-h">{letter ? letter.subject : "Drafting…"}</h2>
      {practiceMissing && (
        <p className="line2 warn no-print">
          Your practice details are not filled in: add them on the options page and every letter carries them.
        </p>
      )}
      <p className="line2 no-print">
        A draft: fill in or delete the bracketed parts and check every fact before you send it.
      </p>
      {timelyFiling && (
        <div className="no-print">
          <label htmlFor="letter-proof" className="line2">
            Date the clearinghouse accepted the claim (from its acceptance report) — changing it redrafts the letter
          </label>
          <input
            id="letter-proof"
            type="date"
            value={proof}
            onChange={(e) => setProof(e.target.value)}
            data-testid="letter-proof"
          />
          {proofError && (
            <p role="alert" className="line2 error">
              {proofError}
            </p>
          )}
        </div>
      )}
      <label htmlFor="letter-text" className="line2 no-print">
        Letter text
      </label>
      <textarea
        id="letter-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={18}
        spellCheck
        data-testid="letter-text"
      />
      <pre className="print-only">{text}</pre>
      <div className="actions no-print">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
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
