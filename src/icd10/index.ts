// ICD-10-CM chapter F lookups: is a code billable, what does it mean, which billable codes lie under a header,
// and a search by code or words. Data: chapter-f.generated.ts (see its header for the release and caveat).
import { CHAPTER_F_TSV } from "./chapter-f.generated"
import type { Icd10Row } from "./render"

export type { Icd10Row }

let table: Map<string, Icd10Row> | null = null

function rows(): Map<string, Icd10Row> {
  if (!table) {
    table = new Map()
    for (const line of CHAPTER_F_TSV.split("\n")) {
      const [code, billable, description] = line.split("\t")
      table.set(code, { code, billable: billable === "1", description })
    }
  }
  return table
}

/** "f411", " F41.1 " → "F41.1"; null when it does not look like an ICD-10-CM code at all. */
export function normaliseIcd10(code: string): string | null {
  const c = code.trim().toUpperCase().replace(/\./g, "")
  if (!/^[A-TV-Z]\d[0-9A-Z]{1,5}$/.test(c)) return null
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c
}

export const isChapterF = (code: string) => normaliseIcd10(code)?.startsWith("F") ?? false

export function lookupIcd10(code: string): Icd10Row | null {
  const c = normaliseIcd10(code)
  return c ? (rows().get(c) ?? null) : null
}

/** The billable codes that lie under a header code (a category or subcategory), in code order. */
export function billableUnder(header: string): Icd10Row[] {
  const c = normaliseIcd10(header)
  if (!c) return []
  const prefix = c.replace(".", "")
  return [...rows().values()].filter((r) => r.billable && r.code !== c && r.code.replace(".", "").startsWith(prefix))
}

export function allChapterF(): Icd10Row[] {
  return [...rows().values()]
}

/**
 * Search by code prefix ("F41") or by words ("generalized anxiety"): every word must start a word of the
 * description. Billable codes first, then by code.
 */
export function searchIcd10(query: string, limit = 20): Icd10Row[] {
  const q = query.trim().toLowerCase()
  if (!q) return []
  const asCode = normaliseIcd10(q)
  const words = q.split(/[^a-z0-9]+/).filter(Boolean)
  const hits = [...rows().values()].filter((r) => {
    if (asCode && r.code.replace(".", "").startsWith(asCode.replace(".", ""))) return true
    const desc = r.description.toLowerCase()
    return words.length > 0 && words.every((w) => new RegExp(`(^|[^a-z0-9])${w}`).test(desc))
  })
  hits.sort((a, b) => Number(b.billable) - Number(a.billable) || (a.code < b.code ? -1 : 1))
  return hits.slice(0, limit)
}
