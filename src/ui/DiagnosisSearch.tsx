// ICD-10-CM chapter F search by code ("F41") or words ("generalized anxiety"): billable codes first; a category
// (header) code says it is not billable and lists the billable codes under it. Results are announced politely;
// "Copy as text" copies them. Data: src/icd10 (see its release caveat).
import { useId, useState } from "react"
import { billableUnder, searchIcd10, type Icd10Row } from "../icd10"
import { diagnosisText } from "../coding/text"

const LIMIT = 20

export function diagnosisResults(query: string): { row: Icd10Row; under: Icd10Row[] }[] {
  return searchIcd10(query, LIMIT).map((row) => ({ row, under: row.billable ? [] : billableUnder(row.code) }))
}

export function DiagnosisSearch({
  initialQuery = "",
  onPick
}: {
  initialQuery?: string
  onPick?: (code: string) => void
}) {
  const id = useId()
  const [query, setQuery] = useState(initialQuery)
  const [copied, setCopied] = useState<string | null>(null)
  const results = diagnosisResults(query)
  const searched = query.trim() !== ""

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(diagnosisText(results))
      setCopied("Copied as text.")
    } catch {
      setCopied("The browser did not allow copying; select the results and copy them.")
    }
  }
  const pick = (code: string) =>
    onPick && (
      <button type="button" className="link" onClick={() => onPick(code)} aria-label={`Use ${code}`}>
        Use
      </button>
    )

  return (
    <section aria-labelledby={`${id}-h`} className="diagnosis-search" data-testid="diagnosis-search">
      <h2 id={`${id}-h`}>Diagnosis codes (ICD-10-CM, chapter F)</h2>
      <div className="search" role="search">
        <label htmlFor={`${id}-q`}>Search by code or words</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder="F41 or generalized anxiety"
          onChange={(e) => (setQuery(e.target.value), setCopied(null))}
          aria-describedby={`${id}-count`}
          autoComplete="off"
          spellCheck={false}
          data-testid="diagnosis-query"
        />
      </div>
      <div aria-live="polite">
        <p id={`${id}-count`} className="line2" data-testid="diagnosis-count">
          {!searched
            ? "Type a code or words from the diagnosis."
            : results.length === 0
              ? `No chapter F code matches “${query.trim()}”.`
              : `${results.length === LIMIT ? `First ${LIMIT}` : results.length} code${results.length === 1 ? "" : "s"} found; billable codes first.`}
        </p>
        {results.length > 0 && (
          <ul className="rows compact" aria-label="Diagnosis codes found" data-testid="diagnosis-results">
            {results.map(({ row, under }) => (
              <li key={row.code} data-testid="diagnosis-row">
                <code>{row.code}</code>{" "}
                {row.billable ? (
                  <>
                    {row.description} {pick(row.code)}
                  </>
                ) : (
                  <>
                    <span className="warn">category, not billable</span>
                    {under.length > 0 && (
                      <ul aria-label={`Billable codes under ${row.code}`}>
                        {under.map((u) => (
                          <li key={u.code}>
                            <code>{u.code}</code> {u.description} {pick(u.code)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={() => void copy()} disabled={results.length === 0} data-testid="diagnosis-copy">
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
