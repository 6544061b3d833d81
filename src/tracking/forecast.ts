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

/** Dates of service (one per visit day) that count against the authorization. */
export function sessionsAgainst(auth: StoredAuthorization, claims: StoredClaim[]): string[] {
  const payer = payerKey(auth.payer, auth.portal)
  const days = new Set<string>()
  if (claims.length === 0) return []
  for (const c of claims) {
    if (!c.serviceFrom || payerKey(c.payer, c.portal) !== payer || !samePerson(auth.patient, c.patient)) continue
    if (c.status === "reversed" || c.status === "rejected") continue
    if (auth.startDate && c.serviceFrom < auth.startDate) continue
    if (auth.endDate && c.serviceFrom > auth.endDate) continue
    const codes = c.lines.map((l) => l.procedureCode)
    if (auth.serviceCodes.length && codes.length && !codes.some((code) => auth.serviceCodes.includes(code))) continue
    days.add(c.serviceFrom)
  }
  return [...days].sort()
}

/** The date the remaining visits run out at the client's cadence, or null without two visits to go on. */
export function forecastRunOut(auth: StoredAuthorization, sessions: string[]): string | null {
  const remaining = remainingOf(auth)
  if (remaining === null || remaining <= 0 || sessions.length < 2) return null
  const recent = sessions.slice(-7)
  const span = daysBetween(recent[0], recent[recent.length - 1])
  const interval = span / (recent.length - 1)
  if (interval <= 0) return null
  return addDays(recent[recent.length - 1], Math.round(remaining * interval))
}

export function reconcileUsage(auth: StoredAuthorization, sessions: string[]): Usage {
  const portalUsed = auth.unitsUsed
  return { portalUsed, seen: sessions.length, since: auth.startDate, differs: portalUsed !== null && portalUsed !== sessions.length }
}
