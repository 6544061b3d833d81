// "Import remittance (835)": choose or drop one or many 835 files, see what they hold (era/preview) with a progress
// bar while large files are read and checked, then "Import" or "Cancel", then what was stored. Used by options and
// by the side panel's Payments view. A refused file is listed with its one reason; nothing of it is stored.
import { useRef, useState, type DragEvent } from "react"
import type { ReplyOf } from "../messages"
import { MAX_IMPORT_BYTES } from "../messages/era-import"
import type { Send } from "../messages/send"
import type { RemittanceSummary } from "../model/payment"
import { count, money, usDate } from "./format"

/** The parser refuses larger files (src/era MAX_ERA_BYTES): they are refused here before being read. */
const MAX_FILE_BYTES = 25 * 1024 * 1024

type Picked = { name: string; text: string }
type Result = Extract<ReplyOf<"era/import">, { ok: true }>["files"][number]
type State =
  | { step: "idle" }
  | { step: "reading"; loaded: number; total: number }
  | { step: "checking" }
  | { step: "preview"; files: Picked[]; results: Result[] }
  | { step: "importing"; results: Result[] }
  | { step: "done"; results: Result[] }
  | { step: "failed"; error: string }

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Reads a file's text, reporting bytes read as they come (a 25 MB file takes a moment). */
function readText(file: File, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (e) => onProgress(e.loaded)
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(new Error("the file could not be read"))
    reader.readAsText(file)
  })
}

/** Groups of files of at most 50 MB together (what one message may carry). */
export function batches<T extends { text: string }>(files: T[], limit = MAX_IMPORT_BYTES): T[][] {
  const out: T[][] = []
  let size = 0
  for (const f of files) {
    if (!out.length || size + f.text.length > limit) {
      out.push([])
      size = 0
    }
    out[out.length - 1].push(f)
    size += f.text.length
  }
  return out
}

async function sendAll(send: Send, type: "era/preview" | "era/import", files: Picked[]): Promise<Result[] | string> {
  const results: Result[] = []
  for (const group of batches(files)) {
    const reply = await send(type, { files: group })
    if (!reply.ok) return reply.error
    results.push(...reply.files)
  }
  return results
}

const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`

/** "2 new claims · 1 update to a claim already kept", or "nothing new · 1 check imported before" for a file seen. */
export function changesText(s: RemittanceSummary): string | null {
  const c = s.changes
  if (!c) return null
  const parts = [
    c.added + c.updated === 0 && "nothing new",
    c.added && plural(c.added, "new claim", "new claims"),
    c.updated && plural(c.updated, "update to a claim already kept", "updates to claims already kept"),
    c.unchanged && plural(c.unchanged, "claim unchanged", "claims unchanged"),
    c.matchedByPayerName && `${count(c.matchedByPayerName)} matched under another spelling of the payer`,
    c.olderThanStored &&
      plural(
        c.olderThanStored,
        "claim left as a later remittance had it",
        "claims left as a later remittance had them"
      ),
    c.paymentsAlreadyImported && plural(c.paymentsAlreadyImported, "check imported before", "checks imported before")
  ].filter(Boolean)
  return parts.join(" · ")
}

export const balanceLabel = (differenceCents: number) =>
  differenceCents === 0 ? "Balanced" : `Off by ${money(differenceCents)}`

function FileResults({ results, saved }: { results: Result[]; saved: boolean }) {
  return (
    <ul className="era-files" aria-label={saved ? "Imported files" : "Files to import"}>
      {results.map((r, i) => (
        <li key={`${r.name}-${i}`} data-testid="era-file">
          <strong>{r.name}</strong>
          {r.ok ? (
            <>
              {" — "}
              <span data-testid="era-summary">{r.summary.text}</span>
              {changesText(r.summary) && (
                <div className="line2">
                  {saved ? "Stored: " : "Will store: "}
                  {changesText(r.summary)}
                </div>
              )}
              <ul>
                {r.summary.payments.map((p, j) => (
                  <li key={j} className="line2">
                    {p.checkNumber ? `Check/EFT ${p.checkNumber}` : "No trace number"} · {usDate(p.paymentDate)} ·{" "}
                    {money(p.amountCents)} · {count(p.claims)} claim{p.claims === 1 ? "" : "s"} ·{" "}
                    <span className={p.balanced ? undefined : "bad-text"}>{balanceLabel(p.differenceCents)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              {" — "}
              <span className="bad-text" data-testid="era-error">
                {r.error}
              </span>{" "}
              <span className="line2">Nothing from this file {saved ? "was" : "will be"} stored.</span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

export function ImportRemittance({ send, onImported }: { send: Send; onImported?: () => void }) {
  const [state, setState] = useState<State>({ step: "idle" })
  const [over, setOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const busy = state.step === "reading" || state.step === "checking" || state.step === "importing"

  const choose = async (list: FileList | null) => {
    const chosen = [...(list ?? [])]
    if (chosen.length === 0 || busy) return
    const refused: Result[] = chosen
      .filter((f) => f.size > MAX_FILE_BYTES)
      .map((f) => ({
        name: f.name,
        ok: false,
        error: `The file is ${mb(f.size)}; remittance files over 25 MB are refused (ask the payer or clearinghouse for one file per check).`
      }))
    const readable = chosen.filter((f) => f.size <= MAX_FILE_BYTES)
    const total = readable.reduce((n, f) => n + f.size, 0)
    setState({ step: "reading", loaded: 0, total })
    const picked: Picked[] = []
    let done = 0
    for (const f of readable) {
      try {
        const text = await readText(f, (loaded) => setState({ step: "reading", loaded: done + loaded, total }))
        picked.push({ name: f.name, text })
      } catch {
        refused.push({ name: f.name, ok: false, error: "The file could not be read." })
      }
      done += f.size
    }
    setState({ step: "checking" })
    const results = picked.length ? await sendAll(send, "era/preview", picked) : []
    if (typeof results === "string") return setState({ step: "failed", error: results })
    setState({ step: "preview", files: picked, results: [...results, ...refused] })
  }

  const save = async (files: Picked[], shown: Result[]) => {
    // the preview's first results are the picked files' in order (files refused before reading follow them), so a
    // file is matched by its place, not its name (two folders may each hold an "era.835")
    const toImport = files.filter((_, i) => shown[i]?.ok)
    setState({ step: "importing", results: shown })
    const results = await sendAll(send, "era/import", toImport)
    if (typeof results === "string") return setState({ step: "failed", error: results })
    const refused = shown.filter((r) => !r.ok)
    setState({ step: "done", results: [...results, ...refused] })
    onImported?.()
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    void choose(e.dataTransfer.files)
  }

  return (
    <section aria-labelledby="era-import-h" className="era-import">
      <h2 id="era-import-h">Import remittance (835)</h2>
      <div
        className={over ? "drop over" : "drop"}
        data-testid="era-drop"
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor="era-files">Choose or drop 835 files (ERA) from your payers or clearinghouse</label>
        <input
          id="era-files"
          ref={input}
          type="file"
          multiple
          accept=".835,.era,.edi,.txt,.x12,text/plain"
          disabled={busy}
          data-testid="era-file-input"
          onChange={(e) => {
            const files = e.target.files
            void choose(files).then(() => input.current && (input.current.value = ""))
          }}
        />
        <p className="hint">
          Each claim is matched to the one read from your portals by payer and claim number; the remittance's amounts
          and codes replace what the page showed. Nothing is stored until you choose Import.
        </p>
      </div>
      <div role="status" aria-live="polite">
        {state.step === "reading" && (
          <>
            <label htmlFor="era-progress">
              Reading {mb(state.loaded)} of {mb(state.total)}
            </label>
            <progress id="era-progress" max={Math.max(1, state.total)} value={state.loaded} />
          </>
        )}
        {state.step === "checking" && (
          <>
            <label htmlFor="era-progress">Checking the files…</label>
            <progress id="era-progress" />
          </>
        )}
        {state.step === "importing" && (
          <>
            <label htmlFor="era-progress">Importing…</label>
            <progress id="era-progress" />
          </>
        )}
        {state.step === "done" && (
          <p data-testid="era-done">
            Imported {count(state.results.filter((r) => r.ok).length)} of {count(state.results.length)} file
            {state.results.length === 1 ? "" : "s"}.
          </p>
        )}
      </div>
      {state.step === "failed" && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.step === "preview" && (
        <>
          <FileResults results={state.results} saved={false} />
          <div className="actions">
            <button
              type="button"
              disabled={!state.results.some((r) => r.ok)}
              onClick={() => void save(state.files, state.results)}
            >
              Import
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: "idle" })}>
              Cancel
            </button>
          </div>
        </>
      )}
      {(state.step === "importing" || state.step === "done") && (
        <FileResults results={state.results} saved={state.step === "done"} />
      )}
    </section>
  )
}
