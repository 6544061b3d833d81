// Reminders over the records, pure: which are due, which the user hid, what a tick fires and what it shows.
// The pass that writes them (src/storage/reminder-states.ts) claims each in one transaction before notifying.
import type { ReminderState, StoredAuthorization, StoredClaim } from "../model/records"
import { localDate } from "../dates/calendar"
import { computeReminders, type Reminder } from "./reminders"
import type { TrackingSettings } from "./settings"
import { keptPerRecordsAndDay } from "./kept"
import { deadlinesOf } from "../receivables/filing-clock"

/** Everything the reminder and overview rules read, loaded once per request. */
export type Records = { claims: StoredClaim[]; auths: StoredAuthorization[]; settings: TrackingSettings }

const remindersOfDay = keptPerRecordsAndDay((records, today) => {
  const deadlines = deadlinesOf(records, today)
  return computeReminders(records.claims, records.auths, records.settings, today, (c) => deadlines.get(c.key) ?? null)
})

/** Every reminder for these records today (kept per records load and day: each popup open asks again). */
export function remindersFor(records: Records, now: Date): { all: Reminder[]; today: string } {
  const today = localDate(now)
  return { all: remindersOfDay(records, today), today }
}

/** Dismissed, or snoozed past today: the user does not want to see it today. */
export function hiddenToday(state: ReminderState | undefined, today: string): boolean {
  return !!state?.dismissedAt || (state?.snoozedUntil ?? "") > today
}

/** Reminders due now that have not fired, are not snoozed past today, and were not dismissed. One transaction
 * claims them all (a concurrent tick waits for it and then finds them fired), then the notifications show. */
export type Notice = { id: string; title: string; body: string }
/** More reminders than this at once (a first run, a restored backup) become one notice, not a flood. */
export const MAX_NOTICES = 3

export function noticesFor(fired: Reminder[], today: string): Notice[] {
  if (fired.length <= MAX_NOTICES) return fired
  return [
    {
      id: `summary:${today}:${fired.length}`,
      title: `${fired.length} reminders due`,
      body: "Open PayerLens to see what needs attention."
    }
  ]
}

/** Not fired (or fired and then snoozed), and not hidden today. */
export function claimable(state: ReminderState | undefined, today: string): boolean {
  return !(hiddenToday(state, today) || (state?.firedAt && !state.snoozedUntil))
}

/** What a tick writes for a reminder it fires. */
export function firedState(r: Reminder, now: Date): ReminderState {
  return { id: r.id, recordKey: r.recordKey, firedAt: now.toISOString(), snoozedUntil: null, dismissedAt: null }
}

/** A state outlives its reminder (the record changed, the visits count moved on) by this long, so a reminder
 * that comes back soon keeps what the user did with it; after that the state is dropped. */
export const KEEP_GONE_STATES_DAYS = 90

/** States whose reminder no longer applies and that nothing touched for KEEP_GONE_STATES_DAYS. */
export function goneStates(states: Iterable<ReminderState>, all: Reminder[], now: Date): string[] {
  const current = new Set(all.map((r) => r.id))
  const cutoff = new Date(now.getTime() - KEEP_GONE_STATES_DAYS * 86_400_000)
  const [cutoffTime, cutoffDay] = [cutoff.toISOString(), localDate(cutoff)]
  const gone: string[] = []
  for (const s of states) {
    const touched =
      (s.firedAt ?? "") > cutoffTime || (s.dismissedAt ?? "") > cutoffTime || (s.snoozedUntil ?? "") > cutoffDay
    if (!current.has(s.id) && !touched) gone.push(s.id)
  }
  return gone
}
