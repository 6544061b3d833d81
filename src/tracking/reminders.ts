// Every reminder that applies today, as pure data with a stable id: the tick fires each id once.
// Texts carry initials, payer and what is due — never a name or member ID (notifications show on lock screens).
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { watchAuthorization } from "./overview"
import { addDays, businessDaysBefore, daysBetween, earlier } from "../dates/business-days"
import { claimsByClient, forecastRunOut, sessionsAgainst } from "./forecast"
import type { TrackingSettings } from "./settings"
import { filingClock } from "../receivables/filing-clock"
import { isUnpaid } from "../receivables/ageing"
import { usDate } from "../dates/calendar"

export type ReminderKind = "auth-low" | "auth-exhausted" | "auth-expiring" | "auth-reauth" | "claim-follow-up" | "claim-timely-filing"

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
  const [last, first] = name.includes(",") ? name.split(",").map((s) => s.trim()) : [name.split(" ").slice(-1)[0], name.split(" ")[0]]
  return [first, last].filter(Boolean).map((p) => `${p[0].toUpperCase()}.`).join("")
}

const us = (iso: string | null) => (iso ? usDate(iso) : "")

const ACTIVE = new Set(["approved", "partially_approved", "unknown"])

function authReminders(a: StoredAuthorization, claims: StoredClaim[], s: TrackingSettings, today: string, out: Reminder[]): void {
  const watch = watchAuthorization(a, today, { visitsLeft: s.authVisitsLeft, fractionLeft: s.authFractionLeft, daysBeforeEnd: s.authDaysBeforeEnd })
  const flags = watch.flags
  if (!ACTIVE.has(a.status) || flags.includes("expired")) return
  const who = `${initials(a.patient.name)} · ${a.payer ?? "payer not shown"}`
  const unit = a.unitType ?? "visits"
  const recordKey = a.key
  if (flags.includes("exhausted"))
    out.push({ id: `auth-exhausted:${a.key}`, kind: "auth-exhausted", recordKey, dueDate: today, eventDate: a.endDate, title: "Authorization used up", body: `${who} · no ${unit} left on auth ${a.authNumber}` })
  else if (flags.includes("low"))
    out.push({ id: `auth-low:${a.key}:${watch.remaining}`, kind: "auth-low", recordKey, dueDate: today, eventDate: a.endDate, title: "Authorization running low", body: `${who} · ${watch.remaining} ${unit} left${a.endDate ? ` (ends ${us(a.endDate)})` : ""}` })
  if (a.endDate && flags.includes("expiring"))
    out.push({ id: `auth-expiring:${a.key}:${a.endDate}`, kind: "auth-expiring", recordKey, dueDate: addDays(a.endDate, -s.authDaysBeforeEnd), eventDate: a.endDate, title: "Authorization ending soon", body: `${who} · ends ${us(a.endDate)} (${daysBetween(today, a.endDate)} days)` })
  const runOut = claims.length < 2 ? null : forecastRunOut(a, sessionsAgainst(a, claims))
  const limit = earlier(runOut, a.endDate)
  if (limit && (watch.remaining ?? 1) > 0) {
    const due = businessDaysBefore(limit, s.reauthLeadBusinessDays)
    const why = runOut && limit === runOut ? `visits run out about ${us(runOut)}` : `ends ${us(limit)}`
    out.push({ id: `auth-reauth:${a.key}:${limit}`, kind: "auth-reauth", recordKey, dueDate: due, eventDate: due, title: "Request a re-authorization", body: `${who} · ${why}` })
  }
}

const AWAITING = new Set(["received", "pending", "unknown"])

function claimReminders(c: StoredClaim, s: TrackingSettings, today: string, out: Reminder[]): void {
  if (!isUnpaid(c)) return
  const who = `${initials(c.patient.name)} · ${c.payer ?? "payer not shown"}`
  const changed = c.lastChangedAt.slice(0, 10)
  if (AWAITING.has(c.status) && changed) {
    const due = addDays(changed, s.followUpDays)
    out.push({ id: `claim-follow-up:${c.key}:${changed}`, kind: "claim-follow-up", recordKey: c.key, dueDate: due, eventDate: due, title: "Follow up on a claim", body: `${who} · DOS ${us(c.serviceFrom)} · no change in ${s.followUpDays} days` })
  }
  const clock = filingClock(c, s, today)
  if (clock) {
    const { deadline } = clock
    out.push({ id: `claim-timely-filing:${c.key}:${deadline}`, kind: "claim-timely-filing", recordKey: c.key, dueDate: addDays(deadline, -s.timelyFilingAlertDays), eventDate: deadline, title: "Timely filing deadline", body: `${who} · DOS ${us(c.serviceFrom)} · refile by ${us(deadline)}` })
  }
}

/** All reminders, due or upcoming, for the records as they are today. */
export function computeReminders(claims: StoredClaim[], auths: StoredAuthorization[], s: TrackingSettings, today: string): Reminder[] {
  const ofClient = claimsByClient(claims)
  const out: Reminder[] = []
  for (const a of auths) authReminders(a, ofClient(a), s, today, out)
  for (const c of claims) claimReminders(c, s, today, out)
  return out
}

export const isDue = (r: Reminder, today: string) => r.dueDate <= today
