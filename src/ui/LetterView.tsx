// An appeal or reconsideration letter draft for one denied claim; the user edits it, then copies or prints it.
import { useEffect, useState } from "react"
import type { AuthorizationRow } from "../messages/rows"
import type { StoredClaim } from "../model/records"
import { draftLetter, type Letter } from "../letters/appeal"
import { localDate } from "../dates/calendar"
import { useApi } from "./api"

export function LetterView({ claim, auths, onBack }: { claim: StoredClaim; auths: AuthorizationRow[]; onBack: () => void }) {
  const api = useApi()
  const [letter, setLetter] = useState<Letter | null>(null)
  const [text, setText] = useState("")
  const [practiceMissing, setPracticeMissing] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  useEffect(() => {
    void api.settings().then((reply) => {
      const practice = reply.ok ? reply.practice : { name: "", npi: "", taxId: "", address: "" }
      setPracticeMissing(!practice.name || !practice.npi)
      const drafted = draftLetter(claim, practice, auths, localDate(new Date()))
      setLetter(drafted)
      setText(drafted.text)
    })
  }, [claim.key])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus("Copied. Paste it into your letter template or the portal's appeal form.")
    } catch {
      setStatus("The browser did not allow copying; select the text and copy it.")
    }
  }
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
      <p className="line2 no-print">A draft: fill in the bracketed parts and check every fact before you send it.</p>
      <label htmlFor="letter-text" className="line2 no-print">
        Letter text
      </label>
      <textarea id="letter-text" value={text} onChange={(e) => setText(e.target.value)} rows={18} spellCheck data-testid="letter-text" />
      <pre className="print-only">{text}</pre>
      <div className="actions no-print">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {status && <p className="line2" role="status">{status}</p>}
    </section>
  )
}
