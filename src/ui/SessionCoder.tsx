// The session coder: minutes, kind of session, E/M the same day, interactive complexity, telehealth and where the
// client was, payer kind → the codes to bill with units and modifiers, the place of service, why, and what to check.
// Runs the same pure coder as `npm run code`; nothing leaves the page. Answers update as the fields change and are
// announced politely; "Copy as text" puts the answer on the clipboard.
import { useId, useState } from "react"
import { codeSession, parseSession, SERVICES, SERVICES_WITH_EM_FORM, type SessionInput } from "../coding/session"
import { codeLine, serviceName, sessionText } from "../coding/text"

export const CODER_CSS = `
.coder .field { display: flex; flex-direction: column; gap: 2px; margin: 6px 0; }
.coder .field input[type="number"], .coder select { font: inherit; padding: 4px 6px; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--fg); max-width: 260px; }
.coder fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 8px 6px; }
.coder legend { color: var(--muted); font-size: 12px; padding: 0 4px; }
.coder .choice { display: inline-flex; align-items: center; gap: 4px; margin-right: 12px; }
.coder input:focus-visible, .coder select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.coder .answer { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 6px; }
.coder .answer ul { margin: 2px 0 6px; padding-left: 18px; }
`

type Mode = "in-person" | "video" | "audio"
export type SessionForm = {
  minutes: string
  service: SessionInput["service"]
  withEm: boolean
  interactiveComplexity: boolean
  mode: Mode
  clientLocation: "home" | "other"
  payer: SessionInput["payer"]
}

const START: SessionForm = {
  minutes: "",
  service: "psychotherapy",
  withEm: false,
  interactiveComplexity: false,
  mode: "in-person",
  clientLocation: "home",
  payer: "commercial"
}

/** The form as the coder's input: blank minutes are null, and E/M only where the service has an add-on form. */
export function formInput(f: SessionForm): unknown {
  const text = f.minutes.trim()
  return {
    minutes: text === "" ? null : /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN,
    service: f.service,
    withEm: f.withEm && SERVICES_WITH_EM_FORM.includes(f.service),
    interactiveComplexity: f.interactiveComplexity,
    telehealth: f.mode === "in-person" ? null : f.mode,
    clientLocation: f.mode === "in-person" ? null : f.clientLocation,
    payer: f.payer
  }
}

export function SessionCoder({ initial }: { initial?: Partial<SessionForm> }) {
  const id = useId()
  const [form, setForm] = useState<SessionForm>({ ...START, ...initial })
  const [copied, setCopied] = useState<string | null>(null)
  const set = <K extends keyof SessionForm>(key: K, value: SessionForm[K]) => (
    setForm((f) => ({ ...f, [key]: value })),
    setCopied(null)
  )

  const parsed = parseSession(formInput(form))
  const result = parsed.ok ? codeSession(parsed.input) : null
  const emPossible = SERVICES_WITH_EM_FORM.includes(form.service)
  const problem = parsed.ok
    ? null
    : form.minutes.trim() === ""
      ? "Enter the face-to-face minutes to see the codes."
      : /minutes/.test(parsed.error)
        ? "Minutes must be a number, 0 or more."
        : parsed.error

  const copy = async () => {
    if (!parsed.ok || !result) return
    try {
      await navigator.clipboard.writeText(sessionText(parsed.input, result))
      setCopied("Copied as text.")
    } catch {
      setCopied("The browser did not allow copying; select the answer and copy it.")
    }
  }

  const radio = (
    name: string,
    value: string,
    label: string,
    checked: boolean,
    onChange: () => void,
    disabled = false
  ) => (
    <label className="choice">
      <input
        type="radio"
        name={`${id}-${name}`}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
      />
      {label}
    </label>
  )

  return (
    <section aria-labelledby={`${id}-h`} className="coder" data-testid="session-coder">
      <style>{CODER_CSS}</style>
      <h2 id={`${id}-h`}>Code a session</h2>
      <form onSubmit={(e) => e.preventDefault()} aria-describedby={`${id}-note`}>
        <p id={`${id}-note`} className="line2">
          Codes follow CPT time rules and public Medicare and payer guidance; plans differ, so check the warnings.
        </p>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Face-to-face minutes</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="decimal"
            min={0}
            step={1}
            value={form.minutes}
            onChange={(e) => set("minutes", e.target.value)}
            data-testid="coder-minutes"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-service`}>Kind of session</label>
          <select
            id={`${id}-service`}
            value={form.service}
            onChange={(e) => set("service", e.target.value as SessionForm["service"])}
            data-testid="coder-service"
          >
            {SERVICES.map((s) => (
              <option key={s} value={s}>
                {serviceName(s)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.withEm && emPossible}
            disabled={!emPossible}
            onChange={(e) => set("withEm", e.target.checked)}
            aria-describedby={`${id}-em-note`}
            data-testid="coder-with-em"
          />
          E/M service by the same clinician that day
        </label>
        <span id={`${id}-em-note`} className="line2">
          {emPossible
            ? "Psychotherapy is then billed with the add-on codes."
            : "Only individual psychotherapy has an E/M add-on form."}
        </span>
        <div>
          <label className="choice">
            <input
              type="checkbox"
              checked={form.interactiveComplexity}
              onChange={(e) => set("interactiveComplexity", e.target.checked)}
              data-testid="coder-ic"
            />
            Interactive complexity (communication made the session harder)
          </label>
        </div>
        <fieldset>
          <legend>How the session was held</legend>
          {radio("mode", "in-person", "In person", form.mode === "in-person", () => set("mode", "in-person"))}
          {radio("mode", "video", "Video", form.mode === "video", () => set("mode", "video"))}
          {radio("mode", "audio", "Audio only", form.mode === "audio", () => set("mode", "audio"))}
        </fieldset>
        <fieldset disabled={form.mode === "in-person"}>
          <legend>Where the client was (telehealth)</legend>
          {radio("where", "home", "At home", form.clientLocation === "home", () => set("clientLocation", "home"))}
          {radio("where", "other", "Somewhere else", form.clientLocation === "other", () =>
            set("clientLocation", "other")
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-payer`}>Payer</label>
          <select
            id={`${id}-payer`}
            value={form.payer}
            onChange={(e) => set("payer", e.target.value as SessionForm["payer"])}
            data-testid="coder-payer"
          >
            <option value="commercial">Commercial plan</option>
            <option value="medicare">Medicare</option>
            <option value="medicaid">Medicaid</option>
          </select>
        </div>
      </form>

      <div className="answer" aria-live="polite" aria-atomic="true" data-testid="coder-answer">
        {problem && <p className="empty">{problem}</p>}
        {result && (
          <>
            <h3>Bill</h3>
            {result.codes.length ? (
              <ul aria-label="Codes to bill" data-testid="coder-codes">
                {result.codes.map((c, i) => (
                  <li key={`${c.code}-${i}`}>
                    <code>{c.code}</code> {codeLine(c).slice(c.code.length + 1)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">No code can be billed for this session.</p>
            )}
            <p>
              Place of service:{" "}
              {result.placeOfService ? <code>{result.placeOfService}</code> : "the practice's own (in person)"}
            </p>
            {result.reasons.length > 0 && (
              <>
                <h3>Why</h3>
                <ul>
                  {result.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            )}
            {result.warnings.length > 0 && (
              <>
                <h3>Check</h3>
                <ul className="warn" data-testid="coder-warnings">
                  {result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={() => void copy()} disabled={!result} data-testid="coder-copy">
          Copy as text
        </button>
      </div>
      {copied && (
        <p className="line2" role="status">
          {copied}
        </p>
      )}
    </section>
  )
}
