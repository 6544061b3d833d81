// Which stored authorization covers a claim line — the one rule the scrubber and the appeal letters share.
//
// An authorization covers a line when all of these hold, each from what the pages showed:
//   1. same person: `samePerson` (member IDs decide when both show one, names otherwise);
//   2. same payer: `payerKey` (the portal stands in where a page names no payer);
//   3. it authorizes: status approved, partially approved, or expired (an expired one still covered its dates);
//   4. the date of service lies within its start and end dates (both shown);
//   5. the line's code is listed, when the authorization lists codes at all;
//   6. units remain: the stored lines it already covered, counted in date order, leave room for this one —
//      visits count one per date of service (an add-on the same day rides along), units count the line's units.
// A line is `covered` only when every fact needed was shown. Where one is missing (status unknown, a date not
// shown) the answer is `unclear`, never `covered`: letters may write "the service was authorized" as a fact
// only for `covered`. Rejected and reversed claims use no units (as the forecast counts them).
import { samePerson } from "../browse/patient"
import type { Authorization, Claim } from "../model/capture"
import { payerKey } from "../model/payer"
import { procedureCode } from "./rules"

/** What the rule needs of a claim: the capture-v1 claim and the portal it was read from (StoredClaim fits). */
export type CoverageClaim = Pick<Claim, "claimNumber" | "payer" | "patient" | "serviceFrom" | "status" | "lines"> & {
  portal: string
}
/** What the rule needs of an authorization (StoredAuthorization fits). */
export type CoverageAuth = Authorization & { portal: string }

export type CoverageVerdict =
  /** An authorizing authorization covers the date, the code and (where its count is shown) the units. */
  | "covered"
  /** One may cover it, but a fact needed to say so was not shown (status unknown, a start or end date missing). */
  | "unclear"
  /** The only authorizations for that date are pending, denied or cancelled. */
  | "not-approved"
  /** The client has authorizations with this payer, but none whose dates hold the date of service. */
  | "outside-dates"
  /** Authorizations cover the date but list service codes, and this line's code is not among them. */
  | "code-not-listed"
  /** Authorizations cover date and code, but the earlier lines used up what they approved. */
  | "units-exceeded"
  /** No authorization of this client with this payer is stored (the plan may not need one). */
  | "no-authorization"
  /** The line has no date of service, so nothing can be said. */
  | "no-date"

export type LineCoverage<A extends CoverageAuth = CoverageAuth> = {
  verdict: CoverageVerdict
  /** The authorization the line counts against (covered), or the one it fails against (code, units, status, unclear). */
  authorization: A | null
  /** Every stored authorization of this client with this payer. */
  candidates: A[]
  /** For `covered`: whether the units were checked (false when the authorization shows no approved count). */
  unitsChecked: boolean
  /** Units (or visits) counted against `authorization` up to and including this line; null when not counted. */
  used: number | null
  /** What the authorization approved (or used + remaining where only those are shown); null when not shown. */
  capacity: number | null
}

export const AUTHORIZING_STATUSES: readonly Authorization["status"][] = ["approved", "partially_approved", "expired"]
const NOT_AUTHORIZING: readonly Authorization["status"][] = ["pending", "denied", "cancelled"]

/** The date of service of one line: its own date, else the claim's first date. */
export function lineDate(claim: Pick<Claim, "serviceFrom" | "lines">, lineIndex: number): string | null {
  return claim.lines[lineIndex]?.serviceDate ?? claim.serviceFrom
}

/** The stored authorizations of the claim's client with the claim's payer. */
export function authorizationsOf<A extends CoverageAuth>(claim: CoverageClaim, auths: readonly A[]): A[] {
  const payer = payerKey(claim.payer, claim.portal)
  return auths.filter((a) => payerKey(a.payer, a.portal) === payer && samePerson(a.patient, claim.patient))
}

/** "yes", "no", or "unknown" when a bound the date would need is not shown. */
export function datesHold(auth: Pick<Authorization, "startDate" | "endDate">, date: string): "yes" | "no" | "unknown" {
  if ((auth.startDate && date < auth.startDate) || (auth.endDate && date > auth.endDate)) return "no"
  return auth.startDate && auth.endDate ? "yes" : "unknown"
}

/** True when the authorization lists no codes, or lists this line's code (modifiers and case aside). */
export function codeListed(auth: Pick<Authorization, "serviceCodes">, code: string): boolean {
  if (auth.serviceCodes.length === 0) return true
  const c = procedureCode(code)
  return auth.serviceCodes.some((s) => procedureCode(s) === c)
}

/** What the authorization approved: the approved count, else used + remaining where both are shown. */
export function capacityOf(auth: Pick<Authorization, "unitsApproved" | "unitsUsed" | "unitsRemaining">): number | null {
  if (auth.unitsApproved !== null) return auth.unitsApproved
  return auth.unitsUsed !== null && auth.unitsRemaining !== null ? auth.unitsUsed + auth.unitsRemaining : null
}

type LineRef = { claim: number; line: number; date: string | null }

/**
 * The coverage of every line of every claim, counted together so that units are used in date-of-service order.
 * Returns one array per claim, one entry per line, in the order given.
 */
export function coverClaims<A extends CoverageAuth>(
  claims: readonly CoverageClaim[],
  auths: readonly A[]
): LineCoverage<A>[][] {
  const result: LineCoverage<A>[][] = claims.map((c) => c.lines.map(() => blank<A>("no-date", [])))
  const candidatesOf = claims.map((c) => authorizationsOf(c, auths))
  const refs: LineRef[] = claims.flatMap((c, ci) =>
    c.lines.map((_, li) => ({ claim: ci, line: li, date: lineDate(c, li) }))
  )
  // date order (undated last), then the order given: usage is counted at the date of service
  refs.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.claim - b.claim || a.line - b.line)
  const used = new Map<A, { count: number; days: Set<string> }>()
  for (const ref of refs) result[ref.claim][ref.line] = judge(claims[ref.claim], ref, candidatesOf[ref.claim], used)
  return result
}

/** The coverage of one line, counting the units that `claims` (which may include this claim) used before it. */
export function coverLine<A extends CoverageAuth>(
  claim: CoverageClaim,
  lineIndex: number,
  auths: readonly A[],
  claims: readonly CoverageClaim[] = [claim]
): LineCoverage<A> {
  const all = claims.includes(claim) ? claims : [...claims, claim]
  return coverClaims(all, auths)[all.indexOf(claim)][lineIndex] ?? blank<A>("no-date", [])
}

/** May a letter say, as a fact, that this line's service was authorized? Only when the verdict is `covered`. */
export function serviceWasAuthorized(
  claim: CoverageClaim,
  lineIndex: number,
  auths: readonly CoverageAuth[],
  claims?: readonly CoverageClaim[]
): boolean {
  return coverLine(claim, lineIndex, auths, claims).verdict === "covered"
}

function blank<A extends CoverageAuth>(
  verdict: CoverageVerdict,
  candidates: A[],
  authorization: A | null = null
): LineCoverage<A> {
  return { verdict, authorization, candidates, unitsChecked: false, used: null, capacity: null }
}

function judge<A extends CoverageAuth>(
  claim: CoverageClaim,
  ref: LineRef,
  candidates: A[],
  used: Map<A, { count: number; days: Set<string> }>
): LineCoverage<A> {
  if (candidates.length === 0) return blank("no-authorization", candidates)
  if (!ref.date) return blank("no-date", candidates)
  const date = ref.date
  const code = claim.lines[ref.line].procedureCode
  const consumes = claim.status !== "rejected" && claim.status !== "reversed"
  const holding = candidates.filter((a) => datesHold(a, date) !== "no")
  if (holding.length === 0) return blank("outside-dates", candidates)
  const fitting = holding.filter((a) => codeListed(a, code))
  if (fitting.length === 0) {
    const live = holding.find((a) => !NOT_AUTHORIZING.includes(a.status))
    return live ? blank("code-not-listed", candidates, live) : blank("not-approved", candidates, holding[0])
  }
  const listed = fitting.filter((a) => AUTHORIZING_STATUSES.includes(a.status) && datesHold(a, date) === "yes")
  // an authorization whose status or dates were not shown might still cover it: say so rather than guess
  const unclear = fitting.find((a) => !NOT_AUTHORIZING.includes(a.status) && !listed.includes(a))
  if (listed.length === 0)
    return unclear ? blank("unclear", candidates, unclear) : blank("not-approved", candidates, fitting[0])

  // earliest end first: an authorization about to end is used before a later one
  listed.sort((a, b) => (a.endDate ?? "").localeCompare(b.endDate ?? ""))
  for (const auth of listed) {
    const capacity = capacityOf(auth)
    const state = used.get(auth) ?? { count: 0, days: new Set<string>() }
    const visits = auth.unitType !== "units"
    const cost = !consumes ? 0 : visits ? (state.days.has(date) ? 0 : 1) : (claim.lines[ref.line].units ?? 1)
    if (capacity !== null && state.count + cost > capacity) continue
    state.count += cost
    if (consumes && visits) state.days.add(date)
    used.set(auth, state)
    return {
      verdict: "covered",
      authorization: auth,
      candidates,
      unitsChecked: capacity !== null,
      used: state.count,
      capacity
    }
  }
  if (unclear) return blank("unclear", candidates, unclear)
  const first = listed[0]
  const capacity = capacityOf(first)
  const state = used.get(first)
  const cost = first.unitType === "units" ? (claim.lines[ref.line].units ?? 1) : 1
  return {
    verdict: "units-exceeded",
    authorization: first,
    candidates,
    unitsChecked: true,
    used: (state?.count ?? 0) + cost,
    capacity
  }
}
