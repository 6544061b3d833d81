// Value normalisers from the capture-v1 contract: each takes the text a person sees and returns the
// contract's value, or null when the text says nothing (never a guess).
import type { Adjustment, AuthStatus, ClaimStatus } from "../model/capture"
import { classifyClaimStatus } from "../model/claim-status"

const NEEDS_CLEANING = /[\t\n\r\f\v\u00a0\u200b\u2028\u2029\u3000\u1680\u2000-\u200a\u202f\u205f\ufeff]| {2}|^ | $/

export function cleanText(s: string | null | undefined): string {
  const t = s ?? ""
  return NEEDS_CLEANING.test(t) ? t.replace(/[\s\u00a0\u200b]+/g, " ").trim() : t
}

const BLANK = /^(?:|-+|—|–|n\/?a|none|null|not available|unknown|\*+)$/i

export function textOrNull(s: string | null | undefined): string | null {
  const t = cleanText(s)
  return BLANK.test(t) ? null : t
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y >= 70 ? 1900 : 2000
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCMonth() !== m - 1) return null // 02/30 and the like
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

const DATE_PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => string | null }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, make: (m) => iso(+m[1], +m[2], +m[3]) },
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g, make: (m) => iso(+m[3], +m[1], +m[2]) },
  {
    re: /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g,
    make: (m) => monthDate(m[1], +m[2], +m[3])
  },
  {
    re: /\b(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4})\b/g,
    make: (m) => monthDate(m[2], +m[1], +m[3])
  },
  { re: /\b(\d{4})(\d{2})(\d{2})\b/g, make: (m) => (+m[1] > 1900 ? iso(+m[1], +m[2], +m[3]) : null) }
]

function monthDate(name: string, d: number, y: number): string | null {
  const m = MONTHS[name.toLowerCase().slice(0, name.length > 3 && name.toLowerCase().startsWith("sept") ? 4 : 3)]
  return m ? iso(y, m, d) : null
}

/** Every date in the text, in order of appearance. */
export function parseDates(text: string): string[] {
  if (!text || !/\d/.test(text)) return []
  const found: { at: number; value: string }[] = []
  const taken: [number, number][] = []
  for (const { re, make } of DATE_PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([a, b]) => start < b && end > a)) continue
      const value = make(m)
      if (value) {
        found.push({ at: start, value })
        taken.push([start, end])
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.value)
}

export function parseDate(text: string | null | undefined): string | null {
  return parseDates(cleanText(text))[0] ?? null
}

/** "01/05/2026 - 01/20/2026" → both ends; a single date fills both. */
export function parseDateRange(text: string | null | undefined): [string | null, string | null] {
  const dates = parseDates(cleanText(text))
  if (dates.length === 0) return [null, null]
  return [dates[0], dates[1] ?? dates[0]]
}

/** Money as integer cents: "$1,234.50" → 123450, "($25.00)" → -2500, blank → null. */
export function parseCents(text: string | null | undefined): number | null {
  const t = cleanText(text)
  if (BLANK.test(t)) return null
  const m =
    /^(\()?\s*([-−–])?\s*(?:USD\s*)?\$?\s*([-−–])?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?\s*(\))?\s*(?:USD|CR)?$/i.exec(
      t
    )
  if (!m || (m[4] === undefined && m[5] === undefined)) return null
  const whole = Number((m[4] ?? "0").replace(/,/g, ""))
  const frac = Number(((m[5] ?? "") + "00").slice(0, 2))
  const negative = Boolean((m[1] && m[6]) || m[2] || m[3])
  const value = whole * 100 + frac
  return negative && value !== 0 ? -value : value
}

export function parseNumber(text: string | null | undefined): number | null {
  const t = cleanText(text)
  const m = /^(\d+(?:\.\d+)?)\b/.exec(t.replace(/,/g, ""))
  return m ? Number(m[1]) : null
}

type Group = "CO" | "PR" | "OA" | "PI" | "CR"
const CARC_RE = /\b(CO|PR|OA|PI|CR)\s*[-:]?\s*([A-Z]?\d{1,3}|[A-Z]\d)\b/g

/** CARC adjustments written as group + reason in any spelling: CO-197, CO 197, CO197, PR-3. */
export function parseAdjustments(text: string, amountCents: number | null = null): Adjustment[] {
  const out: Adjustment[] = []
  if (!text || !/\d/.test(text)) return out
  const t = cleanText(text).toUpperCase()
  CARC_RE.lastIndex = 0
  for (let m = CARC_RE.exec(t); m; m = CARC_RE.exec(t)) {
    const group = m[1] as Group
    out.push({ group, reason: m[2], amountCents })
  }
  return out
}

const RARC_RE = /\b(MA\d{2,3}|N\d{1,3}|M\d{1,3})\b/g

/** RARC remark codes (N290, M127, MA130). */
export function parseRemarkCodes(text: string): string[] {
  if (!text || !/\d/.test(text)) return []
  const t = cleanText(text).toUpperCase()
  return [...new Set(t.match(RARC_RE) ?? [])]
}

/** "90837-95", "90837 95 HO", "90837:GT" → code + modifiers. */
export function parseProcedure(text: string | null | undefined): { code: string; modifiers: string[] } | null {
  if (!text) return null
  const t = cleanText(text).toUpperCase()
  const m = /\b(\d{4}[0-9FTU]|[A-V]\d{4})\b((?:\s*[-:,/ ]\s*[A-Z0-9]{2}\b)*)/.exec(t)
  if (!m) return null
  const modifiers = (m[2].match(/[A-Z0-9]{2}/g) ?? []).filter((x) => !/^\d{2}$/.test(x) || true)
  return { code: m[1], modifiers }
}

/** Every procedure code in a cell ("90834, 90837" or "90791 / 90834"). */
export function parseProcedureList(text: string | null | undefined): string[] {
  const t = cleanText(text).toUpperCase()
  return [...new Set(t.match(/\b(?:\d{4}[0-9FTU]|[A-V]\d{4})\b/g) ?? [])]
}

/** ICD-10-CM with the dot: F411 → F41.1, f32.a → F32.A. */
export function parseDiagnosisCodes(text: string | null | undefined): string[] {
  if (!text) return []
  const t = cleanText(text).toUpperCase()
  const out: string[] = []
  for (const m of t.matchAll(/\b([A-TV-Z]\d[0-9A-Z])\.?([0-9A-Z]{1,4})?\b/g)) {
    if (!/^[A-Z]\d\d/.test(m[1]) && !/^[A-Z]\d[A-Z]/.test(m[1])) continue
    const code = m[2] ? `${m[1]}.${m[2]}` : m[1]
    if (!out.includes(code)) out.push(code)
  }
  return out
}

/** Contract status from the page's words or an X12 277 category code, with the paid amount where it decides
 * (the whole rule, adjustments included, is src/model/claim-status.ts). */
export function claimStatus(text: string, paidCents: number | null = null): ClaimStatus {
  return classifyClaimStatus({ text: cleanText(text), paidCents, adjustments: [] })
}

const AUTH_STATUS_WORDS: [RegExp, AuthStatus][] = [
  // "Partially Approved", "Partial approval", "Approved (partial)", "Approved - Partial", "Approved in part", "Modified"
  [
    /partial(ly)?[ -]?(approv|certif|authori[sz]|den)|(approv|certif|authori[sz])\w*\W{0,3}(partial|in part)\b|modified|modification/i,
    "partially_approved"
  ],
  [/cancel|withdrawn|void/i, "cancelled"],
  [/expired|closed|inactive|termed|terminated/i, "expired"],
  [/den(ied|ial)|not (approved|certified)|non-?certified|adverse/i, "denied"],
  [/pend|in review|under review|submitted|received|in process|open request/i, "pending"],
  [/approv|certified|authori[sz]ed|active|complete/i, "approved"]
]

export function authStatus(text: string): AuthStatus {
  const t = cleanText(text)
  for (const [re, status] of AUTH_STATUS_WORDS) if (re.test(t)) return status
  return "unknown"
}
