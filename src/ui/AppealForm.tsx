// "Appealed", asked properly: which level was sent (in the payer's own words where the deadline table knows the
// payer) and the date sent; once an appeal waits, the payer's decision (date and outcome). Sends claim/appeal;
// the claim stays on A/R with its decision-due date. "Take back the last entry" corrects a mistyped one.
import { useId, useState, type FormEvent } from "react"
import type { StoredClaim } from "../model/records"
import type { RequestOf } from "../messages"
import {
  APPEAL_LEVEL_NAMES,
  APPEAL_LEVELS,
  APPEAL_OUTCOMES,
  DEFAULT_PAYER_TABLE,
  payerFamily,
  type AppealLevel,
  type AppealOutcome,
  type AppealRecord
} from "../deadlines"
import { localDate } from "../dates/calendar"
import { usDate } from "./format"
// the first paint's API context (one context on globalThis, whichever chunk carries this form): the form works in
// Today's rows (no api-gate there) and in the views behind the gate alike
import { useApi } from "./use-api"

type Props = {
  claim: StoredClaim
  /** called after the worker stored the change, with a sentence for a live region */
  onDone: (message: string) => void
  /** the form's own cancel button, when the caller shows one */
  onCancel?: () => void
}

const OUTCOME_LABELS: Record<AppealOutcome, string> = {
  denied: "Denied (upheld)",
  "partially-approved": "Partly approved",
  approved: "Approved (overturned)"
}

/** The levels to offer, in the payer's ladder order with its names; every level with generic names for a payer
 * the table does not know. A level the payer forwards itself (Medicare Advantage's IRE) is not filed. */
export function levelChoices(claim: Pick<StoredClaim, "payer" | "portal">): { level: AppealLevel; label: string }[] {
  const family = payerFamily(claim.payer, claim.portal)
  if (!family) return APPEAL_LEVELS.map((level) => ({ level, label: APPEAL_LEVEL_NAMES[level] }))
  const rules = DEFAULT_PAYER_TABLE[family]
  const ladder = rules.appeals.filter((s) => !s.automatic).map((s) => ({ level: s.level, label: s.label }))
  return rules.reopening ? [{ level: "reopening", label: "Reopening (clerical error)" }, ...ladder] : ladder
}

/** The level a biller most likely sent next: the one after the last denied level, else the first of the ladder. */
function nextLevel(choices: { level: AppealLevel }[], appeals: AppealRecord[]): AppealLevel {
  const last = appeals[appeals.length - 1]
  const ladder = choices.filter((c) => c.level !== "reopening")
  if (last?.decision && last.level !== "reopening") {
    const i = ladder.findIndex((c) => c.level === last.level)
    if (i >= 0 && ladder[i + 1]) return ladder[i + 1].level
  }
  return (ladder[0] ?? choices[0]).level
}

export function AppealForm({ claim, onDone, onCancel }: Props) {
  const api = useApi()
  const id = useId()
  const appeals = claim.appeals ?? []
  const waiting = appeals.length && !appeals[appeals.length - 1].decision ? appeals[appeals.length - 1] : null
  const choices = levelChoices(claim)
  const today = localDate(new Date())
  const [level, setLevel] = useState<AppealLevel>(() => nextLevel(choices, appeals))
  const [date, setDate] = useState(today)
  const [outcome, setOutcome] = useState<AppealOutcome>("denied")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const labelOf = (l: AppealLevel) => choices.find((c) => c.level === l)?.label ?? APPEAL_LEVEL_NAMES[l]

  const send = async (action: RequestOf<"claim/appeal">["action"], done: string) => {
    setBusy(true)
    setError(null)
    const reply = await api.send("claim/appeal", { key: claim.key, action })
    setBusy(false)
    if (reply.ok) onDone(done)
    else setError(reply.error)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError("Enter the date as a full date.")
    if (waiting)
      void send(
        { kind: "decision", date, outcome },
        `Recorded: ${labelOf(waiting.level)} ${OUTCOME_LABELS[outcome].toLowerCase()} on ${usDate(date)}.`
      )
    else void send({ kind: "sent", level, sentDate: date }, `Recorded: ${labelOf(level)} sent ${usDate(date)}.`)
  }
  const undo = () => void send({ kind: "undo" }, "The last appeal entry was taken back.")

  return (
    <form
      className="appeal-form"
      aria-label={`Appeal of claim ${claim.claimNumber}`}
      onSubmit={submit}
      data-testid="appeal-form"
    >
      {waiting ? (
        <>
          <p className="line2">
            Decision on the {labelOf(waiting.level)} sent {usDate(waiting.sentDate)}:
          </p>
          <label className="field">
            <span>Outcome</span>
            <select value={outcome} onChange={(e) => setOutcome(e.target.value as AppealOutcome)} autoFocus>
              {APPEAL_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Decision date</span>
            <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} required />
          </label>
        </>
      ) : (
        <>
          <label className="field">
            <span>Level sent</span>
            <select value={level} onChange={(e) => setLevel(e.target.value as AppealLevel)} autoFocus>
              {choices.map((c) => (
                <option key={c.level} value={c.level}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Date sent</span>
            <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} required />
          </label>
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {waiting ? "Record decision" : "Record appeal"}
        </button>
        {appeals.length > 0 && (
          <button type="button" className="secondary" disabled={busy} onClick={undo} aria-describedby={`${id}-undo`}>
            Take back the last entry
          </button>
        )}
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {appeals.length > 0 && (
        <p id={`${id}-undo`} className="visually-hidden">
          Removes the last decision, or the last appeal if it has no decision.
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  )
}

export default AppealForm
