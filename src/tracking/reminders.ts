// Every reminder that applies today, as pure data with a stable id: the tick fires each id once.
// Texts carry initials, payer and what is due — never a name or member ID (notifications show on lock screens).
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { watchAuthorization } from "./overview"
import { addDays, businessDaysBefore, daysBetween, earlier } from "../dates/business-days"
import { claimsByClient, forecastRunOut, sessionsAgainst } from "./forecast"
import type { TrackingSettings } from "./settings"
import { claimDeadlines, tableOf, type ClaimDeadlines } from "../receivables/filing-clock"
import { isUnpaid } from "../receivables/ageing"
import { appealReminders, routeReminder, type DeadlineReminderKind } from "../deadlines"
import { usDate } from "../dates/calendar"

export type ReminderKind =
  "auth-low" | "auth-exhausted" | "auth-expiring" | "auth-reauth" | "claim-follow-up" | DeadlineReminderKind

export type Reminder = {
  id: string
  kind: ReminderKind
  recordKey: string
  /** the day the reminder is due (it fires on the first tick on or after it) */
  dueDate: string
  /** the date it is about (end date, run-out date, filing deadline) */
  eventDate: string | null
  title: string
  body: string
}

const initialsCache = new Map<string, string>()

export function initials(name: string | null): string {
  if (!name) return "Client"
  let known = initialsCache.get(name)
  if (known === undefined) initialsCache.set(name, (known = computeInitials(name)))
  return known
}

function computeInitials(name: string): string {
  const [last, first] = name.includes(",")
    ? name.split(",").map((s) => s.trim())
    : [name.split(" ").slice(-1)[0], name.split(" ")[0]]
  return [first, last]
    .filter(Boolean)
    .map((p) => `${p[0].toUpperCase()}.`)
    .join("")
}

const us = (iso: string | null) => (iso ? usDate(iso) : "")

const ACTIVE = new Set(["approved", "partially_approved", "unknown"])

function authReminders(
  a: StoredAuthorization,
  claims: StoredClaim[],
  s: TrackingSettings,
  today: string,
  out: Reminder[]
): void {
  const watch = watchAuthorization(a, today, {
    visitsLeft: s.authVisitsLeft,
    fractionLeft: s.authFractionLeft,
    daysBeforeEnd: s.authDaysBeforeEnd
  })
  const flags = watch.flags
  if (!ACTIVE.has(a.status) || flags.includes("expired")) return
  const who = `${initials(a.patient.name)} · ${a.payer ?? "payer not shown"}`
  const unit = a.unitType ?? "visits"
  const recordKey = a.key
  if (flags.includes("exhausted"))
    out.push({
      id: `auth-exhausted:${a.key}`,
      kind: "auth-exhausted",
      recordKey,
      dueDate: today,
      eventDate: a.endDate,
      title: "Authorization used up",
      body: `${who} · no ${unit} left on auth ${a.authNumber}`
    })
  else if (flags.includes("low"))
    out.push({
      id: `auth-low:${a.key}:${watch.remaining}`,
      kind: "auth-low",
      recordKey,
      dueDate: today,
      eventDate: a.endDate,
      title: "Authorization running low",
      body: `${who} · ${watch.remaining} ${unit} left${a.endDate ? ` (ends ${us(a.endDate)})` : ""}`
    })
  if (a.endDate && flags.includes("expiring"))
    out.push({
      id: `auth-expiring:${a.key}:${a.endDate}`,
      kind: "auth-expiring",
      recordKey,
      dueDate: addDays(a.endDate, -s.authDaysBeforeEnd),
      eventDate: a.endDate,
      title: "Authorization ending soon",
      body: `${who} · ends ${us(a.endDate)} (${daysBetween(today, a.endDate)} days)`
    })
  const runOut = claims.length < 2 ? null : forecastRunOut(a, sessionsAgainst(a, claims))
  const limit = earlier(runOut, a.endDate)
  if (limit && (watch.remaining ?? 1) > 0) {
    const due = businessDaysBefore(limit, s.reauthLeadBusinessDays)
    const why =
      runOut && limit === runOut
        ? `${a.unitType === "units" ? "units" : "visits"} run out about ${us(runOut)}`
        : `ends ${us(limit)}`
    out.push({
      id: `auth-reauth:${a.key}:${limit}`,
      kind: "auth-reauth",
      recordKey,
      dueDate: due,
      eventDate: due,
      title: "Request a re-authorization",
      body: `${who} · ${why}`
    })
  }
}

const AWAITING = new Set(["received", "pending", "unknown"])

function claimReminders(
  c: StoredClaim,
  s: TrackingSettings,
  today: string,
  deadlines: Deadlines,
  out: Reminder[]
): void {
  if (!isUnpaid(c)) return
  const who = `${initials(c.patient.name)} · ${c.payer ?? "payer not shown"}`
  const changed = c.lastChangedAt.slice(0, 10)
  if (AWAITING.has(c.status) && changed) {
    const due = addDays(changed, s.followUpDays)
    out.push({
      id: `claim-follow-up:${c.key}:${changed}`,
      kind: "claim-follow-up",
      recordKey: c.key,
      dueDate: due,
      eventDate: due,
      title: "Follow up on a claim",
      body: `${who} · DOS ${us(c.serviceFrom)} · no change in ${s.followUpDays} days`
    })
  }
  const d = deadlines(c)
  if (!d) return
  // an appealed claim is on the appeal track: its decision overdue, then the next level's deadline; otherwise the
  // route whose deadline comes first, named
  if (d.appeals.length) out.push(...appealReminders(c.key, who, d.appeals.slice(-1), s.timelyFilingAlertDays))
  else {
    const first = routeReminder(c.key, who, d.routes, s.timelyFilingAlertDays)
    if (first) out.push(first)
  }
}

type Deadlines = (c: StoredClaim) => ClaimDeadlines | null

/** All reminders, due or upcoming, for the records as they are today. `deadlines`: each claim's routes and
 * appeals when the caller has them worked out already (the tick keeps them per records load and day). */
export function computeReminders(
  claims: StoredClaim[],
  auths: StoredAuthorization[],
  s: TrackingSettings,
  today: string,
  deadlines?: Deadlines
): Reminder[] {
  const ofClient = claimsByClient(claims)
  const out: Reminder[] = []
  const table = deadlines ? null : tableOf(s)
  const deadlinesOf: Deadlines = deadlines ?? ((c) => claimDeadlines(c, table!, today))
  for (const a of auths) authReminders(a, ofClient(a), s, today, out)
  for (const c of claims) claimReminders(c, s, today, deadlinesOf, out)
  return out
}

export const isDue = (r: Reminder, today: string) => r.dueDate <= today
