// Reminders as the popup shows them, and the overview with each authorization's forecast and usage.
import { buildOverview, type Overview } from "../attention/overview"
import type { ReminderView } from "../messages/protocol"
import type { PayerLensDb } from "../storage/db"
import { addDays } from "../dates/business-days"
import { claimsByClient, forecastRunOut, reconcileUsage, sessionsAgainst } from "../tracking/forecast"
import { isDue } from "../tracking/reminders"
import { remindersToIcs } from "../tracking/ics"
import { currentReminders, dismiss, loadSettings, snooze } from "../tracking/tick"
import { localDate } from "../dates/calendar"
import { ageing, unpaidByPayer } from "../tracking/ageing"

export async function receivablesOf(db: PayerLensDb, now: Date) {
  const claims = await db.claims.toArray()
  return { ageing: ageing(claims, localDate(now)), byPayer: unpaidByPayer(claims) }
}

export async function overviewWithInsight(db: PayerLensDb, now: Date): Promise<Overview> {
  const [claims, auths, settings] = await Promise.all([db.claims.toArray(), db.authorizations.toArray(), loadSettings(db)])
  const thresholds = { visitsLeft: settings.authVisitsLeft, fractionLeft: settings.authFractionLeft, daysBeforeEnd: settings.authDaysBeforeEnd }
  const ofClient = claimsByClient(claims)
  return buildOverview(claims, auths, localDate(now), thresholds, (a) => {
    const sessions = sessionsAgainst(a, ofClient(a))
    return { runOut: forecastRunOut(a, sessions), usage: reconcileUsage(a, sessions) }
  })
}

/** Due reminders the user has not dismissed, with snoozed ones hidden until their day. */
export async function dueReminders(db: PayerLensDb, now: Date): Promise<ReminderView[]> {
  const { all, today } = await currentReminders(db, now)
  const states = new Map((await db.reminders.bulkGet(all.map((r) => r.id))).flatMap((s) => (s ? [[s.id, s]] : [])))
  return all
    .filter((r) => isDue(r, today))
    .filter((r) => !states.get(r.id)?.dismissedAt && !((states.get(r.id)?.snoozedUntil ?? "") > today))
    .map((r) => ({ ...r, snoozedUntil: states.get(r.id)?.snoozedUntil ?? null }))
}

export async function updateReminder(db: PayerLensDb, id: string, action: "snooze-day" | "snooze-week" | "dismiss", now: Date) {
  const today = localDate(now)
  if (!(await db.reminders.get(id))) await db.reminders.put({ id, recordKey: id.split(":")[1] ?? "", firedAt: null, snoozedUntil: null, dismissedAt: null })
  if (action === "dismiss") await dismiss(db, id, now)
  else await snooze(db, id, addDays(today, action === "snooze-day" ? 1 : 7))
}

/** Upcoming dates (authorization ends, re-authorization requests, filing deadlines) as an .ics file. */
export async function calendar(db: PayerLensDb, now: Date): Promise<{ ics: string; events: number }> {
  const { all, today } = await currentReminders(db, now)
  const upcoming = all.filter((r) => r.eventDate && r.eventDate >= today && ["auth-expiring", "auth-reauth", "claim-timely-filing", "auth-low"].includes(r.kind))
  const events = upcoming.map((r) => (r.kind === "auth-low" ? { ...r, title: "Authorization ends", eventDate: r.eventDate } : r))
  return { ics: remindersToIcs(events, now), events: events.length }
}
