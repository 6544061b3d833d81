// Search across patients, claims and authorizations: every word of the query must appear in a record's
// patient name, member ID, claim or authorization number, payer, codes or dates (as ISO or MM/DD/YYYY).
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { patientKey, type PatientSummary, summarisePatients } from "./patient"
import { usDate } from "../dates/calendar"

const haystacks = new WeakMap<object, string>()
const us = (iso: string | null) => (iso ? `${usDate(iso)} ${iso}` : "")

function claimText(c: StoredClaim): string {
  let text = haystacks.get(c)
  if (text === undefined) {
    const codes = [...c.adjustments.map((a) => `${a.group}-${a.reason}`), ...c.remarkCodes, ...c.diagnosisCodes]
    for (const l of c.lines) codes.push(l.procedureCode, ...l.adjustments.map((a) => `${a.group}-${a.reason}`), ...l.remarkCodes)
    text = [c.patient.name, c.patient.memberId, c.claimNumber, c.payer, c.status, us(c.serviceFrom), ...codes].join(" ").toLowerCase()
    haystacks.set(c, text)
  }
  return text
}

function authText(a: StoredAuthorization): string {
  let text = haystacks.get(a)
  if (text === undefined) {
    text = [a.patient.name, a.patient.memberId, a.authNumber, a.payer, a.status, us(a.startDate), us(a.endDate), ...a.serviceCodes].join(" ").toLowerCase()
    haystacks.set(a, text)
  }
  return text
}

export const SEARCH_LIMIT = 50

export type SearchResult = {
  patients: PatientSummary[]
  claims: StoredClaim[]
  authorizations: StoredAuthorization[]
  /** how many matched in all, when more than the limit were found */
  totals: { patients: number; claims: number; authorizations: number }
}

export function search(claims: StoredClaim[], auths: StoredAuthorization[], query: string, limit = SEARCH_LIMIT): SearchResult {
  const words = query.toLowerCase().replace(/,/g, " ").split(/\s+/).filter(Boolean)
  if (words.length === 0) return { patients: [], claims: [], authorizations: [], totals: { patients: 0, claims: 0, authorizations: 0 } }
  const matches = (text: string) => words.every((w) => text.includes(w))
  const foundClaims = claims.filter((c) => matches(claimText(c)))
  const foundAuths = auths.filter((a) => matches(authText(a)))
  // a patient matches when their records matched on who they are (not only on a code they share with others)
  const who = (r: StoredClaim | StoredAuthorization) => matches(`${r.patient.name ?? ""} ${r.patient.memberId ?? ""}`.toLowerCase())
  const patients = summarisePatients(foundClaims.filter(who), foundAuths.filter(who))
  const byDate = (a: string | null, b: string | null) => (b ?? "").localeCompare(a ?? "")
  foundClaims.sort((a, b) => byDate(a.serviceFrom, b.serviceFrom))
  foundAuths.sort((a, b) => byDate(a.endDate, b.endDate))
  return {
    patients: patients.slice(0, limit),
    claims: foundClaims.slice(0, limit),
    authorizations: foundAuths.slice(0, limit),
    totals: { patients: patients.length, claims: foundClaims.length, authorizations: foundAuths.length }
  }
}

export { patientKey }
