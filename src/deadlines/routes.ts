// The routes open to a denied, rejected or partly paid claim, each with its own clock from the right date:
//   - new claim: timely filing from the date of service; the only route for a claim rejected before
//     adjudication (or one whose remark code says to submit a new claim): nothing was processed to correct or appeal;
//   - replacement claim (frequency 7): not for Medicare Part B, which reopens instead;
//   - reopening (Medicare): clerical errors, 1 year from the initial determination, not while an appeal is pending;
//   - reconsideration / redetermination and appeal: from the denial (the claim's processed date) or, after an
//     appeal was denied, from that decision; a claim without a processed date gets no guessed clock;
//   - secondary claim: the secondary payer's limit from the primary's EOB date.
import type { Claim } from "../model/capture"
import { NEW_CLAIM_REMARKS } from "../codes/corrected-claim"
import { clockOf, type Clock, type Starts } from "./clock"
import { payerFamily, type PayerFamily } from "./payer-family"
import type { AppealLevel, AppealStep, PayerRules, PayerTable } from "./table"
import type { Source } from "./sources"
import type { AppealRecord } from "./appeals"

export const ROUTE_KINDS = ["new-claim", "replacement", "reopening", "reconsideration", "appeal", "secondary"] as const
export type RouteKind = (typeof ROUTE_KINDS)[number]

export type RouteClock = Clock & {
  route: RouteKind
  /** the appeal level, for reconsideration and appeal routes */
  level: AppealLevel | null
  label: string
  /** the deadline is behind today */
  passed: boolean
}

export type ClosedRoute = { route: RouteKind; label: string; why: string; source: Source | null }

export type ClaimRoutes = {
  family: PayerFamily | null
  /** the table row's name, or null when the payer is not in the table */
  table: string | null
  routes: RouteClock[]
  /** routes that do not apply, and why (Medicare's replacement claim, a reopening during an appeal) */
  closed: ClosedRoute[]
  /** the open route whose deadline comes first and has not passed; null when none has a date ahead */
  first: RouteClock | null
  /** an appeal sent and not yet decided: its level waits for the payer, no appeal route is open meanwhile */
  awaiting: AppealRecord | null
  /** why there are no routes at all (a payer the table does not know) */
  missing: string | null
}

/** The claim fields the clocks read. */
export type RouteClaim = Pick<
  Claim,
  "payer" | "status" | "serviceFrom" | "processedDate" | "paymentDate" | "remarkCodes" | "lines"
> & {
  portal?: string | null
}

export type RouteOptions = {
  /** the appeals sent on this claim, in any order */
  appeals?: readonly AppealRecord[]
  /** the payer to bill next when this claim's payer is primary */
  secondary?: { payer: string | null; portal?: string | null } | null
}

const ADJUDICATED = new Set(["denied", "partially_paid", "paid"])
const CONTESTABLE = new Set(["denied", "partially_paid"])

const NO_TABLE = "This payer is not in the deadline table: add its limits in options, and verify against your contract."

/** Every route open to the claim today, with its clock, and the one whose deadline comes first. */
export function claimRoutes(
  claim: RouteClaim,
  table: PayerTable,
  today: string,
  options: RouteOptions = {}
): ClaimRoutes {
  const family = payerFamily(claim.payer, claim.portal)
  const rules = family ? table[family] : null
  const routes: RouteClock[] = []
  const closed: ClosedRoute[] = []
  const add = (route: RouteKind, label: string, clock: Clock, level: AppealLevel | null = null) =>
    routes.push({ ...clock, route, level, label, passed: clock.daysLeft !== null && clock.daysLeft < 0 })

  const starts: Starts = {
    service: { date: claim.serviceFrom, what: "date of service" },
    determination: { date: claim.processedDate, what: "processed date (the payer's decision)" },
    "initial-determination": { date: claim.processedDate, what: "processed date (the payer's decision)" }
  }
  const appeals = [...(options.appeals ?? [])].sort((a, b) => a.sentDate.localeCompare(b.sentDate))
  const last = appeals[appeals.length - 1] ?? null
  const awaiting = last && !last.decision ? last : null

  if (!rules) return { family, table: null, routes, closed, first: null, awaiting, missing: NO_TABLE }

  if (needsNewClaim(claim)) {
    const r = rules.rejectedResubmission
      ? { ...rules.timelyFiling, orLater: rules.rejectedResubmission }
      : rules.timelyFiling
    add("new-claim", "New claim (rejected before adjudication)", clockOf(r, starts, today))
  } else if (CONTESTABLE.has(claim.status)) {
    correctionRoutes(rules, starts, today, awaiting, add, closed)
    appealRoutes(rules, appeals, starts, today, add, closed)
  }

  if (options.secondary && ADJUDICATED.has(claim.status)) {
    const secondFamily = payerFamily(options.secondary.payer, options.secondary.portal)
    const eob = claim.processedDate ?? claim.paymentDate
    const secondStarts: Starts = { ...starts, "primary-eob": { date: eob, what: "primary payer's EOB date" } }
    const label = `Secondary claim${options.secondary.payer ? ` to ${options.secondary.payer}` : ""}`
    add(
      "secondary",
      label,
      secondFamily ? clockOf(table[secondFamily].secondary, secondStarts, today) : missingClock(NO_TABLE, secondStarts)
    )
  }

  return { family, table: rules.name, routes, closed, first: firstDeadline(routes), awaiting, missing: null }
}

/** Rejected before adjudication, or told by a remark code (MA130, N517, N142) to send a new claim. */
export function needsNewClaim(claim: Pick<RouteClaim, "status" | "remarkCodes" | "lines">): boolean {
  if (claim.status === "rejected") return true
  const remarks = [...claim.remarkCodes, ...claim.lines.flatMap((l) => l.remarkCodes)].map((c) => c.toUpperCase())
  return remarks.some((c) => (NEW_CLAIM_REMARKS as readonly string[]).includes(c))
}

type Add = (route: RouteKind, label: string, clock: Clock, level?: AppealLevel | null) => void

function correctionRoutes(
  rules: PayerRules,
  starts: Starts,
  today: string,
  awaiting: AppealRecord | null,
  add: Add,
  closed: ClosedRoute[]
): void {
  if (rules.replacement.accepted)
    add("replacement", "Replacement claim (frequency 7)", clockOf(rules.replacement.rule, starts, today))
  else
    closed.push({
      route: "replacement",
      label: "Replacement claim (frequency 7)",
      why: rules.replacement.why,
      source: rules.replacement.source
    })
  if (!rules.reopening) return
  if (awaiting)
    closed.push({
      route: "reopening",
      label: "Reopening (clerical error)",
      why: "No reopening while an appeal of the claim is pending (42 CFR 405.980(a)(4)).",
      source: rules.reopening.source
    })
  else add("reopening", "Reopening (clerical error)", clockOf(rules.reopening, starts, today), "reopening")
}

/** The next appeal levels open: the first level (and any the payer lets you file directly) from the claim's
 * decision; after a denied appeal, the level after it from that decision's date. */
function appealRoutes(
  rules: PayerRules,
  appeals: AppealRecord[],
  starts: Starts,
  today: string,
  add: Add,
  closed: ClosedRoute[]
): void {
  const decided = appeals.filter((a) => a.decision)
  const last = appeals[appeals.length - 1]
  if (last && !last.decision) return // waiting for the payer: the appeal tracker shows the decision-due date
  if (last?.decision?.outcome === "approved") return
  // a reopening refused or denied leaves the claim's own appeal clock (from its processed date) running
  const ladderDecisions = decided.filter((a) => a.level !== "reopening")
  const lastLadder = ladderDecisions[ladderDecisions.length - 1]
  const steps = lastLadder ? nextSteps(rules.appeals, lastLadder.level) : firstSteps(rules.appeals)
  const from: Starts = lastLadder?.decision
    ? {
        ...starts,
        determination: { date: lastLadder.decision.date, what: `decision date (${levelName(rules, lastLadder.level)})` }
      }
    : starts
  for (const step of steps) {
    if (step.automatic) {
      closed.push({
        route: "appeal",
        label: step.label,
        why: step.file.note ?? "The payer forwards it on its own.",
        source: step.file.source
      })
      continue
    }
    add(
      step.level === "reconsideration" ? "reconsideration" : "appeal",
      step.label,
      clockOf(step.file, from, today),
      step.level
    )
  }
}

function firstSteps(steps: AppealStep[]): AppealStep[] {
  return steps.filter((s, i) => i === 0 || s.direct)
}

/** The level after `level` in the payer's ladder (an automatic one included: the caller says nothing is filed). */
export function nextSteps(steps: AppealStep[], level: AppealLevel): AppealStep[] {
  const i = steps.findIndex((s) => s.level === level)
  if (i < 0) return []
  const next = steps[i + 1]
  return next ? [next] : []
}

function levelName(rules: PayerRules, level: AppealLevel): string {
  return rules.appeals.find((s) => s.level === level)?.label ?? level
}

function missingClock(why: string, starts: Starts): Clock {
  return {
    from: starts.service ?? { date: null, what: "date of service" },
    deadline: null,
    daysLeft: null,
    limitDays: null,
    limit: null,
    source: null,
    verify: true,
    edited: false,
    missing: why,
    note: null
  }
}

/** The open route with the earliest deadline still ahead (today counts as ahead). */
export function firstDeadline<T extends { deadline: string | null; daysLeft: number | null }>(routes: T[]): T | null {
  let first: T | null = null
  for (const r of routes)
    if (r.deadline && (r.daysLeft ?? -1) >= 0 && (!first || r.deadline < first.deadline!)) first = r
  return first
}
