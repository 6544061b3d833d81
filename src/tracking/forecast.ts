// When will an authorization's visits run out? From the client's own cadence: the dates of service of the
// claims PayerLens has seen for that member and payer, for the covered codes, inside the window.
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { payerKey } from "../model/payer"
import { normalName, samePerson } from "../browse/patient"
import { addDays, daysBetween } from "../dates/business-days"
import { remainingOf } from "./overview"
import type { Usage } from "../model/authorization-row"

export type { Usage }

/** Claims grouped by payer and member (or name, where a page shows no member ID), so each authorization
 * looks only at its own client's claims. */
export function claimsByClient(claims: StoredClaim[]): (auth: StoredAuthorization) => StoredClaim[] {
  const index = new Map<string, StoredClaim[]>()
  const add = (key: string, c: StoredClaim) => {
    const list = index.get(key)
    if (list) list.push(c)
    else index.set(key, [c])
  }
  for (const c of claims) {
    const payer = payerKey(c.payer, c.portal)
    if (c.patient.memberId) add(payer + "|id|" + c.patient.memberId.toUpperCase(), c)
    if (c.patient.name) add(payer + "|name|" + normalName(c.patient.name), c)
  }
  // the same person as samePerson says, found through the index
  return (a) => {
    const payer = payerKey(a.payer, a.portal)
    const byName = a.patient.name ? (index.get(payer + "|name|" + normalName(a.patient.name)) ?? []) : []
    if (!a.patient.memberId) return byName
    // claims read from pages that show no member ID still count by name
    const byId = index.get(payer + "|id|" + a.patient.memberId.toUpperCase()) ?? []
    const unidentified = byName.filter((c) => !c.patient.memberId)
    return unidentified.length ? [...byId, ...unidentified] : byId
  }
}

/** One visit day counted against an authorization. `units` is what the covered lines billed that day (line
 * units), null when a covered line shows no units or the auth counts visits. */
export type Session = { date: string; units: number | null }

const NOT_COUNTED = new Set(["reversed", "rejected"])

function sameClient(auth: StoredAuthorization, c: StoredClaim, payer: string): boolean {
  return payerKey(c.payer, c.portal) === payer && samePerson(auth.patient, c.patient) && !NOT_COUNTED.has(c.status)
}

const inWindow = (auth: StoredAuthorization, date: string) =>
  !(auth.startDate && date < auth.startDate) && !(auth.endDate && date > auth.endDate)

/** Visit days (one per date of service) that count against the authorization. An authorization counted in
 * units ("96 units") also gets each day's units: the covered lines' units on that day, by line date. */
export function sessionsAgainst(auth: StoredAuthorization, claims: StoredClaim[]): Session[] {
  if (claims.length === 0) return []
  return auth.unitType === "units" ? unitSessions(auth, claims) : visitSessions(auth, claims)
}

function visitSessions(auth: StoredAuthorization, claims: StoredClaim[]): Session[] {
  const payer = payerKey(auth.payer, auth.portal)
  const days = new Set<string>()
  for (const c of claims) {
    if (!c.serviceFrom || !sameClient(auth, c, payer) || !inWindow(auth, c.serviceFrom)) continue
    const codes = c.lines.map((l) => l.procedureCode)
    if (auth.serviceCodes.length && codes.length && !codes.some((code) => auth.serviceCodes.includes(code))) continue
    days.add(c.serviceFrom)
  }
  return [...days].sort().map((date) => ({ date, units: null }))
}

function unitSessions(auth: StoredAuthorization, claims: StoredClaim[]): Session[] {
  const payer = payerKey(auth.payer, auth.portal)
  // date → code → units; the largest of a code's claims that day, so a resubmission is not counted twice
  const days = new Map<string, Map<string, number | null>>()
  const day = (date: string) => {
    let codes = days.get(date)
    if (!codes) days.set(date, (codes = new Map()))
    return codes
  }
  for (const c of claims) {
    if (!sameClient(auth, c, payer)) continue
    if (c.lines.length === 0) {
      // a claim read from a list without its lines: a visit whose units the page did not show
      if (c.serviceFrom && inWindow(auth, c.serviceFrom)) day(c.serviceFrom).set(`?${c.claimNumber}`, null)
      continue
    }
    for (const l of c.lines) {
      const date = l.serviceDate ?? c.serviceFrom
      if (!date || !inWindow(auth, date)) continue
      if (auth.serviceCodes.length && !auth.serviceCodes.includes(l.procedureCode)) continue
      const codes = day(date)
      const had = codes.get(l.procedureCode)
      codes.set(l.procedureCode, had === null || l.units === null ? null : Math.max(had ?? 0, l.units))
    }
  }
  return [...days.keys()].sort().map((date) => {
    const units = [...days.get(date)!.values()]
    return { date, units: units.includes(null) ? null : units.reduce<number>((n, u) => n + (u ?? 0), 0) }
  })
}

/** Units billed per visit on the recent visits whose units are known (their mean), or null when none shows units. */
export function unitsPerVisit(sessions: Session[]): number | null {
  const known = sessions.slice(-7).flatMap((s) => (s.units !== null && s.units > 0 ? [s.units] : []))
  return known.length ? known.reduce((n, u) => n + u, 0) / known.length : null
}

/** The date the remaining visits (or units, at the units the client's visits use) run out at the client's
 * cadence, or null without two visits to go on, or units per visit to divide by. */
export function forecastRunOut(auth: StoredAuthorization, sessions: Session[]): string | null {
  const remaining = remainingOf(auth)
  if (remaining === null || remaining <= 0 || sessions.length < 2) return null
  const recent = sessions.slice(-7)
  const span = daysBetween(recent[0].date, recent[recent.length - 1].date)
  const interval = span / (recent.length - 1)
  if (interval <= 0) return null
  let visitsLeft = remaining
  if (auth.unitType === "units") {
    const perVisit = unitsPerVisit(recent)
    if (perVisit === null) return null
    // whole visits the units still cover: the next one after them would not be fully authorized
    visitsLeft = Math.floor(remaining / perVisit)
  }
  return addDays(recent[recent.length - 1].date, Math.round(visitsLeft * interval))
}

/** The portal's used count beside what PayerLens saw billed: visit days, or units for a unit-based
 * authorization (compared only when every visit's units are known). */
export function reconcileUsage(auth: StoredAuthorization, sessions: Session[]): Usage {
  const portalUsed = auth.unitsUsed
  if (auth.unitType === "units") {
    const seen = sessions.reduce((n, s) => n + (s.units ?? 0), 0)
    const known = sessions.every((s) => s.units !== null)
    return { portalUsed, seen, since: auth.startDate, differs: known && portalUsed !== null && portalUsed !== seen }
  }
  return {
    portalUsed,
    seen: sessions.length,
    since: auth.startDate,
    differs: portalUsed !== null && portalUsed !== sessions.length
  }
}
