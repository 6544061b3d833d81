// What needs the user's attention: open denials and authorizations near their limits.
// Pure functions of stored records and today's local date.
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { daysBetween } from "../dates/calendar"
import type { AuthFlag, AuthorizationRow, AuthWatch, Usage } from "../model/authorization-row"

export type { AuthFlag, AuthorizationRow, AuthWatch, Usage }

export type AuthThresholds = { visitsLeft: number; fractionLeft: number; daysBeforeEnd: number }
export const DEFAULT_AUTH_THRESHOLDS: AuthThresholds = { visitsLeft: 3, fractionLeft: 0.2, daysBeforeEnd: 14 }

const DENIAL_STATUSES = new Set(["denied", "rejected", "partially_paid"])

/** A denial to act on: not closed, and not waiting for the payer's decision on an appeal (that claim stays in
 * A/R with its decision-due date; a decision that denies it again brings it back here with the next level). */
export function isOpenDenial(claim: StoredClaim): boolean {
  if (!DENIAL_STATUSES.has(claim.status) || claim.resolution !== null) return false
  const last = claim.appeals?.at(-1)
  return !last || last.decision?.outcome === "denied"
}

export function remainingOf(a: StoredAuthorization): number | null {
  if (a.unitsRemaining !== null) return a.unitsRemaining
  if (a.unitsApproved !== null && a.unitsUsed !== null) return a.unitsApproved - a.unitsUsed
  return null
}

export function watchAuthorization(a: StoredAuthorization, today: string, t = DEFAULT_AUTH_THRESHOLDS): AuthWatch {
  const daysLeft = a.endDate ? daysBetween(today, a.endDate) : null
  const remaining = remainingOf(a)
  const flags: AuthFlag[] = []
  if (a.status === "expired" || (daysLeft !== null && daysLeft < 0)) flags.push("expired")
  else if (daysLeft !== null && daysLeft <= t.daysBeforeEnd) flags.push("expiring")
  if (remaining !== null && remaining <= 0) flags.push("exhausted")
  else if (
    remaining !== null &&
    (remaining <= t.visitsLeft || (a.unitsApproved ? remaining / a.unitsApproved <= t.fractionLeft : false))
  )
    flags.push("low")
  const active = a.status === "approved" || a.status === "partially_approved" || a.status === "unknown"
  const needsAttention = active && !flags.includes("expired") && flags.length > 0
  return { daysLeft, remaining, flags, needsAttention }
}

/** Forecast and usage come from src/tracking; passed in to keep this module free of that dependency. */
export type AuthInsight = (a: StoredAuthorization) => { runOut: string | null; usage: Usage }
const NO_INSIGHT: AuthInsight = (a) => ({
  runOut: null,
  usage: { portalUsed: a.unitsUsed, seen: 0, since: a.startDate, differs: false }
})

export type Overview = {
  today: string
  denials: StoredClaim[]
  authorizations: AuthorizationRow[]
  attentionCount: number
  totals: { claims: number; authorizations: number }
}

export function buildOverview(
  claims: StoredClaim[],
  auths: StoredAuthorization[],
  today: string,
  t = DEFAULT_AUTH_THRESHOLDS,
  insight: AuthInsight = NO_INSIGHT
): Overview {
  const denials = claims
    .filter(isOpenDenial)
    .sort((a, b) => (b.serviceFrom ?? "").localeCompare(a.serviceFrom ?? "") || a.key.localeCompare(b.key))
  const rows = auths.map((a) => ({ ...a, watch: watchAuthorization(a, today, t), ...insight(a) }))
  rows.sort(
    (a, b) =>
      Number(b.watch.needsAttention) - Number(a.watch.needsAttention) ||
      (a.watch.daysLeft ?? 1e9) - (b.watch.daysLeft ?? 1e9) ||
      a.key.localeCompare(b.key)
  )
  return {
    today,
    denials,
    authorizations: rows,
    attentionCount: denials.length + rows.filter((r) => r.watch.needsAttention).length,
    totals: { claims: claims.length, authorizations: auths.length }
  }
}
