// Reminders as the popup shows them, the overview with each authorization's forecast and usage, and A/R —
// all from one load of the records.
import { buildOverview, type Overview } from "../tracking/overview"
import type { ReminderView } from "../messages/shapes"
import type { ReminderState } from "../model/records"
import { claimsByClient, forecastRunOut, reconcileUsage, sessionsAgainst } from "../tracking/forecast"
import { isDue } from "../tracking/reminders"
import { calendarEvents, remindersToIcs } from "../tracking/ics"
import { hiddenToday, remindersFor, type Records } from "../tracking/tick"
import { localDate } from "../dates/calendar"
import { ageing, unpaidByPayer } from "../receivables/ageing"
import { deadlinesDueSoon, deadlinesOf } from "../receivables/filing-clock"
import { keptPerRecordsAndDay } from "../tracking/kept"

type Receivables = {
  ageing: ReturnType<typeof ageing>
  ageingFromReceived: ReturnType<typeof ageing>
  byPayer: ReturnType<typeof unpaidByPayer>
  deadlines: { soon: number; passed: number; overdue: number }
}
const receivablesOfDay = keptPerRecordsAndDay((records, today): Receivables => ({
  ageing: ageing(records.claims, today),
  ageingFromReceived: ageing(records.claims, today, "received"),
  byPayer: unpaidByPayer(records.claims),
  deadlines: deadlinesDueSoon(deadlinesOf(records, today), records.settings.timelyFilingAlertDays)
}))

/** A/R figures, kept per records load and day. */
export function receivablesOf(records: Records, now: Date): Receivables {
  return receivablesOfDay(records, localDate(now))
}

const overviewOfDay = keptPerRecordsAndDay((records, today, variant: "plain" | "insight") =>
  computeOverview(records, today, variant === "insight")
)

/** The overview; with `insight`, each authorization also gets its run-out forecast and usage check. Kept per
 * records load and day: the popup asks for it on every open. */
export function overviewOf(records: Records, now: Date, insight: boolean): Overview {
  return overviewOfDay(records, localDate(now), insight ? "insight" : "plain")
}

function computeOverview({ claims, auths, settings }: Records, today: string, insight: boolean): Overview {
  const thresholds = {
    visitsLeft: settings.authVisitsLeft,
    fractionLeft: settings.authFractionLeft,
    daysBeforeEnd: settings.authDaysBeforeEnd
  }
  if (!insight) return buildOverview(claims, auths, today, thresholds)
  const ofClient = claimsByClient(claims)
  return buildOverview(claims, auths, today, thresholds, (a) => {
    const sessions = sessionsAgainst(a, ofClient(a))
    return { runOut: forecastRunOut(a, sessions), usage: reconcileUsage(a, sessions) }
  })
}

/** Due reminders the user has not dismissed, with snoozed ones hidden until their day. */
export function dueReminders(
  states: ReadonlyMap<string, ReminderState>,
  records: Records,
  now: Date,
  limit = Infinity
): { shown: ReminderView[]; total: number } {
  const { all, today } = remindersFor(records, now)
  const due = all.filter((r) => isDue(r, today) && !hiddenToday(states.get(r.id), today))
  const shown = due.slice(0, limit).map((r) => ({ ...r, snoozedUntil: states.get(r.id)?.snoozedUntil ?? null }))
  return { shown, total: due.length }
}

const CALENDAR_KINDS = new Set([
  "auth-expiring",
  "auth-reauth",
  "claim-route-deadline",
  "appeal-next-level",
  "auth-low"
])

/** Upcoming dates (authorization ends, re-authorization requests, filing and appeal deadlines) as an .ics file. */
export function calendar(records: Records, now: Date): { ics: string; events: number } {
  const { all, today } = remindersFor(records, now)
  const events = all
    .filter((r) => r.eventDate && r.eventDate >= today && CALENDAR_KINDS.has(r.kind))
    .map((r) => (r.kind === "auth-low" ? { ...r, title: "Authorization ends" } : r)) // a low reminder's date is the end date
  return { ics: remindersToIcs(events, now), events: calendarEvents(events).length }
}
