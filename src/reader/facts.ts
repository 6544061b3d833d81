// Texts that hold several facts: a patient cell with the date of birth and member ID, a list of service codes
// with their descriptions, a count with its unit, a header line of several labelled facts, page furniture.
import { cleanText, parseDate, textOrNull } from "./normalise"

// CPT (five digits; Category II/III end in F/T/U) and HCPCS Level II (a letter A–V and four digits). Revenue codes
// (four digits, "0912") are neither and never match.
const CPT_HCPCS = /\b(?:\d{4}[0-9FTU]|[A-V]\d{4})\b/g

/** CPT/HCPCS codes in a cell or label value, in the page's order: "90837 - Psychotherapy, 60 min", "90791, 90837",
 * "90834/90837", "H0015 H2019"; "Rev 0912 / H0035" gives H0035 (serviceCodes are CPT/HCPCS, capture-v1). */
export function serviceCodesIn(text: string | null | undefined): string[] {
  const t = cleanText(text).toUpperCase()
  return /\d/.test(t) ? [...new Set(t.match(CPT_HCPCS) ?? [])] : []
}

/** Does this count's text look like a procedure code ("90791", "H0015", "0001F")? */
export function looksLikeCode(text: string | null | undefined): boolean {
  return /^(?:\d{4}[0-9FTU]|[A-V]\d{4})(?:\b|$)/i.test(cleanText(text))
}

/** A count as the page writes it: "12", "96 Units", "1,200", "-2" (a remaining count may be negative). */
export function parseCount(text: string | null | undefined): number | null {
  const t = cleanText(text).replace(/(\d),(\d{3})\b/g, "$1$2")
  const m = /^([-−–]\s?)?(\d+(?:\.\d+)?)(?![\dA-Za-z]|[/.-]\d)/.exec(t)
  if (!m) return null
  const n = Number(m[2])
  return m[1] ? -n : n
}

/** "11 of 20", "11/20", "11 out of 20 used": a count of a total, with the words after it. */
export function countOfTotal(text: string | null | undefined): { n: number; of: number; rest: string } | null {
  const m = /^(\d+)\s*(?:of|out of|\/)\s*(\d+)\b(.*)$/i.exec(cleanText(text).replace(/(\d),(\d{3})\b/g, "$1$2"))
  return m ? { n: Number(m[1]), of: Number(m[2]), rest: m[3] } : null
}

const VISIT_WORDS = /\b(?:visits?|sessions?|encounters?|appointments?)\b/i
const UNIT_WORDS = /\b(?:units?|min(?:ute)?s?|hours?|hrs?|days?|per diem|\d+\s*-?\s*min)\b/i

/** Visits and sessions are `visits`; time units and days are `units`; the first text that says which decides
 * (a text naming both, "Visits/Units", says nothing). */
export function unitTypeOf(texts: (string | null | undefined)[]): "visits" | "units" | null {
  for (const text of texts) {
    if (!text) continue
    const visits = VISIT_WORDS.test(text)
    const units = UNIT_WORDS.test(text)
    if (visits !== units) return visits ? "visits" : "units"
  }
  return null
}

export type PersonFacts = { lead: string | null; memberId: string | null; dateOfBirth: string | null }

const DOB_MARK = /\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born)(?![a-z])\s*[:#]?\s*/i
const ID_MARK =
  /(?:\b(?:member|mbr|subscriber|sub|patient|recipient|medicaid|medicare|insured|client|policy)\s*(?:id|#|no\.?|number)|\bid\b|\bcin\b|\bmbi\b)\s*(?:#|no\.?|number)?\s*[:#]?\s*/i
const ID_VALUE = /^[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*(?:\s\d{2}\b)?/i

/**
 * A cell that holds a person and what identifies them: "RIVERA, MARIA DOB 03/14/1988 Member ID: ABC123456",
 * "Brown, Elijah (DOB 06/02/2004)", "LOPEZ, ANA 04/19/1990 ID 1EG4-TE5-MK72". `lead` is the text before the first
 * marker (the name, or the ID of a member-ID cell). In a name cell (`isName`) or one whose label names the date of
 * birth (`datesAreBirth`), a date with no label of its own is the date of birth (a person's cell holds no other date),
 * and in a name cell an unlabelled code with digits after the name is the member ID.
 */
export function personFacts(text: string | null | undefined, datesAreBirth = false, isName = false): PersonFacts {
  const t = cleanText(text)
  const dob = DOB_MARK.exec(t)
  const id = ID_MARK.exec(t)
  const marks = [dob, id].filter((m): m is RegExpExecArray => m !== null && m.index > 0)
  const cut = marks.length ? Math.min(...marks.map((m) => m.index)) : t.length
  let lead = t.slice(0, cut)
  let bareDate: string | null = null
  const dated = BARE_DATE.exec(lead)
  if (!dob && dated && dated.index > 0 && (datesAreBirth || isName)) {
    bareDate = parseDate(dated[0])
    lead = lead.slice(0, dated.index) + lead.slice(dated.index + dated[0].length)
  }
  let memberId = id && id.index > 0 ? (ID_VALUE.exec(t.slice(id.index + id[0].length))?.[0] ?? null) : null
  const trailing = isName && !memberId ? TRAILING_ID.exec(lead.trim()) : null
  if (trailing && trailing.index > 0) {
    memberId = trailing[1]
    lead = lead.trim().slice(0, trailing.index)
  }
  lead = lead.replace(/[\s(,;|·•–—-]+$/, "").replace(/\s*[(]\s*[)]\s*/, " ")
  return {
    lead: textOrNull(lead),
    memberId,
    dateOfBirth: dob && dob.index > 0 ? parseDate(t.slice(dob.index + dob[0].length)) : bareDate
  }
}

const BARE_DATE = /[(\s·|,-]*\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b\s*\)?/
const TRAILING_ID = /[\s(,;|·•–—-]+((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}(?:\s\d{2})?)\)?$/i

// Paging, counts of results, sign-in lines and menu words: the page's furniture, never a value.
const FURNITURE = new RegExp(
  [
    String.raw`\b(?:showing|displaying|viewing|results?|records?|items?|rows?|entries)\s+(?:all\s+)?\d+(?:\s*(?:-|–|—|to|through)\s*\d+)?\s+of\s+\d+`,
    String.raw`\bshowing\s+(?:all\s+)?\d+`,
    String.raw`\bpage\s+\d+\s+of\s+\d+`,
    String.raw`\b\d+\s+(?:results?|records?|items?|matches|entries)\b`,
    String.raw`\blast\s+(?:login|logon|log[- ]in|sign[- ]?in|signed in|visit|accessed)\b`,
    String.raw`\b(?:logged|signed) in as\b`,
    String.raw`\b(?:log ?out|sign ?out|log ?off)\b`
  ]
    .map((alt) => `(?:${alt})`)
    .join("|")
    .replace(/^/, "(?:") + ").*$",
  "i"
)

/** A value with the page's furniture after it cut off ("Blue Cross Blue Shield · Showing 1-3 of 3" has been split
 * already; "Aetna Showing 1-4 of 4" has not). */
export function withoutFurniture(value: string): string {
  return FURNITURE.test(value)
    ? value
        .replace(FURNITURE, "")
        .replace(/[\s·|•,;–—-]+$/, "")
        .trim()
    : value
}

// Facts written side by side: "·", "•", "|", or a wide space (em/en spaces, two or more no-break spaces).
const SEPARATOR = /\s*(?:[·•|¦]|[\u2001\u2002\u2003]+|(?:\u00a0\s*){2,})\s*/

/** A header line of several facts, cut where the page separates them; a label left on its own ("Payer:" then a
 * wide space) keeps its value. */
export function segmentsOf(raw: string): string[] {
  const parts = raw
    .split(SEPARATOR)
    .map((p) => cleanText(p))
    .filter(Boolean)
  const out: string[] = []
  for (const part of parts) {
    const last = out.at(-1)
    if (last !== undefined && /:$/.test(last)) out[out.length - 1] = `${last} ${part}`
    else out.push(part)
  }
  return out
}
