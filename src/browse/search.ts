// Search across patients, claims and authorizations: every word of the query must appear in a record's
// patient name, member ID, claim or authorization number, payer, codes or dates (as ISO or MM/DD/YYYY).
// When nothing matches so, a mistyped name still finds its patient: a word of five letters or more then also
// matches a name word one letter away (one letter added, dropped, changed, or two swapped).
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { patientKey, type PatientSummary, summarisePatients } from "./patient"
import { usDate } from "../dates/calendar"

const haystacks = new WeakMap<object, string>()
const us = (iso: string | null) => (iso ? `${usDate(iso)} ${iso}` : "")

function claimText(c: StoredClaim): string {
  let text = haystacks.get(c)
  if (text === undefined) {
    const codes = [...c.adjustments.map((a) => `${a.group}-${a.reason}`), ...c.remarkCodes, ...c.diagnosisCodes]
    for (const l of c.lines)
      codes.push(l.procedureCode, ...l.adjustments.map((a) => `${a.group}-${a.reason}`), ...l.remarkCodes)
    text = [c.patient.name, c.patient.memberId, c.claimNumber, c.payer, c.status, us(c.serviceFrom), ...codes]
      .join(" ")
      .toLowerCase()
    haystacks.set(c, text)
  }
  return text
}

function authText(a: StoredAuthorization): string {
  let text = haystacks.get(a)
  if (text === undefined) {
    text = [
      a.patient.name,
      a.patient.memberId,
      a.authNumber,
      a.payer,
      a.status,
      us(a.startDate),
      us(a.endDate),
      ...a.serviceCodes
    ]
      .join(" ")
      .toLowerCase()
    haystacks.set(a, text)
  }
  return text
}

/** At most one edit apart (insertion, deletion, substitution, or two neighbours swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true // one changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) // two swapped
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

const nameWords = (r: StoredClaim | StoredAuthorization) =>
  (r.patient.name ?? "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)

/** Close to a name word: only letters, five or more (shorter words and numbers would match too much). */
function closeToName(word: string, names: string[]): boolean {
  return word.length >= 5 && /^[a-z]+$/.test(word) && names.some((n) => oneEditApart(word, n))
}

export const SEARCH_LIMIT = 50

export type SearchResult = {
  patients: PatientSummary[]
  claims: StoredClaim[]
  authorizations: StoredAuthorization[]
  /** how many matched in all, when more than the limit were found */
  totals: { patients: number; claims: number; authorizations: number }
  /** nothing matched as typed; these match a name spelled one letter differently */
  closeSpelling: boolean
}

export function search(
  claims: StoredClaim[],
  auths: StoredAuthorization[],
  query: string,
  limit = SEARCH_LIMIT
): SearchResult {
  const words = query.toLowerCase().replace(/,/g, " ").split(/\s+/).filter(Boolean)
  if (words.length === 0)
    return {
      patients: [],
      claims: [],
      authorizations: [],
      totals: { patients: 0, claims: 0, authorizations: 0 },
      closeSpelling: false
    }
  const exact = (text: string) => words.every((w) => text.includes(w))
  const close = (text: string, r: StoredClaim | StoredAuthorization) => {
    const names = nameWords(r)
    return words.every((w) => text.includes(w) || closeToName(w, names))
  }
  let closeSpelling = false
  let foundClaims = claims.filter((c) => exact(claimText(c)))
  let foundAuths = auths.filter((a) => exact(authText(a)))
  if (foundClaims.length + foundAuths.length === 0) {
    foundClaims = claims.filter((c) => close(claimText(c), c))
    foundAuths = auths.filter((a) => close(authText(a), a))
    closeSpelling = foundClaims.length + foundAuths.length > 0
  }
  // a patient matches when their records matched on who they are (not only on a code they share with others)
  const who = (r: StoredClaim | StoredAuthorization) => {
    const text = `${r.patient.name ?? ""} ${r.patient.memberId ?? ""}`.toLowerCase()
    return closeSpelling ? close(text, r) : exact(text)
  }
  const patients = summarisePatients(foundClaims.filter(who), foundAuths.filter(who))
  const byDate = (a: string | null, b: string | null) => (b ?? "").localeCompare(a ?? "")
  foundClaims.sort((a, b) => byDate(a.serviceFrom, b.serviceFrom))
  foundAuths.sort((a, b) => byDate(a.endDate, b.endDate))
  return {
    patients: patients.slice(0, limit),
    claims: foundClaims.slice(0, limit),
    authorizations: foundAuths.slice(0, limit),
    totals: { patients: patients.length, claims: foundClaims.length, authorizations: foundAuths.length },
    closeSpelling
  }
}

export { patientKey }
