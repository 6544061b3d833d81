// ICD-10-CM chapter F checks for a claim's diagnosis codes: billable, a header (with the billable codes under it),
// or not in the code set at all. Data: src/icd10 (the April 2026 release as its source names it; see its caveat).
import { billableUnder, lookupIcd10, normaliseIcd10, type Icd10Row } from "../icd10"

export type DiagnosisCheck =
  | { status: "billable"; code: string; description: string }
  | { status: "header"; code: string; billableUnder: Icd10Row[] }
  | { status: "unknown"; code: string }
  | { status: "other-chapter"; code: string }
  | { status: "not-a-code"; code: string }

/** Does this look like a chapter F code at all ("F41.1", "f411", "F4-1" yes; "Z63.0", "hello" no)? */
export function looksChapterF(raw: string): boolean {
  return /^F\d/.test(raw.trim().toUpperCase())
}

export function checkDiagnosis(raw: string): DiagnosisCheck {
  const code = normaliseIcd10(raw)
  if (!code)
    return looksChapterF(raw)
      ? { status: "unknown", code: raw.trim().toUpperCase() }
      : { status: "not-a-code", code: raw.trim() }
  if (!code.startsWith("F")) return { status: "other-chapter", code }
  const row = lookupIcd10(code)
  if (!row) return { status: "unknown", code }
  if (row.billable) return { status: "billable", code, description: row.description }
  return { status: "header", code, billableUnder: billableUnder(code) }
}

/** "F41.0, F41.1, F41.3 and 2 more" — a short list of billable codes for a message. */
export function listCodes(rows: Icd10Row[], max = 6): string {
  const shown = rows.slice(0, max).map((r) => `${r.code} (${r.description})`)
  const more = rows.length - shown.length
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ")
}
