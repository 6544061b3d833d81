// A/R drill-down: the unpaid claims behind one ageing bucket or one payer, each with its age and, for a denied,
// rejected or partly paid claim, every route open to it with its deadline and each appeal's decision-due date.
import type { StoredClaim } from "../model/records"
import type { Clock, RouteClock } from "../deadlines"
import type { ClockView, DeadlinesView, RouteView } from "../messages/shapes"
import { daysBetween } from "../dates/business-days"
import { bucketOf, isUnpaid, type Bucket } from "./ageing"
import { urgentDaysLeft, type ClaimDeadlines } from "./filing-clock"

/** Claims of one age bucket (from the date of service, or from the date the payer received them), or of one payer. */
export type ReceivableFilter = { bucket: Bucket; from?: AgeFrom } | { payer: string }
export type AgeFrom = "service" | "received"
export type ReceivableRow = { claim: StoredClaim; ageDays: number; bucket: Bucket; deadlines: DeadlinesView | null }

/** `deadlines`: each claim's routes and appeals by key (filing-clock.ts deadlinesOf). */
export function receivableRows(
  claims: StoredClaim[],
  deadlines: ReadonlyMap<string, ClaimDeadlines>,
  today: string,
  filter: ReceivableFilter
): ReceivableRow[] {
  const rows: (ReceivableRow & { urgent: number })[] = []
  const from = "bucket" in filter ? (filter.from ?? "service") : "service"
  for (const c of claims) {
    const start = from === "service" ? c.serviceFrom : c.receivedDate
    if (!isUnpaid(c) || !start) continue
    const ageDays = Math.max(0, daysBetween(start, today))
    const bucket = bucketOf(ageDays)
    if ("bucket" in filter ? bucket !== filter.bucket : (c.payer ?? "Payer not shown") !== filter.payer) continue
    const d = deadlines.get(c.key) ?? null
    rows.push({ claim: c, ageDays, bucket, deadlines: d && deadlinesView(d), urgent: urgentDaysLeft(d) ?? Infinity })
  }
  // the most urgent first: the soonest deadline (a route's, or an appeal's decision due), then the oldest
  rows.sort((a, b) => a.urgent - b.urgent || b.ageDays - a.ageDays)
  return rows.map(({ urgent: _, ...row }) => row)
}

function clockView(c: Clock): ClockView {
  return {
    from: c.from,
    deadline: c.deadline,
    daysLeft: c.daysLeft,
    limitDays: c.limitDays,
    limit: c.limit,
    source: c.source && { name: c.source.name, url: c.source.url },
    verify: c.verify,
    edited: c.edited,
    missing: c.missing,
    note: c.note
  }
}

const routeView = (r: RouteClock): RouteView => ({
  ...clockView(r),
  route: r.route,
  level: r.level,
  label: r.label,
  passed: r.passed
})

/** What the A/R view shows of a claim's deadlines: the sources as links (their text is in options). */
export function deadlinesView(d: ClaimDeadlines): DeadlinesView {
  return {
    table: d.table,
    routes: d.routes.map(routeView),
    closed: d.closed.map((c) => ({
      route: c.route,
      label: c.label,
      why: c.why,
      source: c.source && { name: c.source.name, url: c.source.url }
    })),
    first: d.first && routeView(d.first),
    appeals: d.appeals.map((a) => ({
      level: a.level,
      label: a.label,
      sentDate: a.sentDate,
      decisionDue: a.decisionDue && clockView(a.decisionDue),
      overdue: a.overdue,
      daysOverdue: a.daysOverdue,
      decision: a.decision,
      next: a.next && routeView(a.next),
      nextMissing: a.nextMissing
    })),
    missing: d.missing
  }
}
