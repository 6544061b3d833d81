// One reconciliation pass: IndexedDB is the source of truth. Each due reminder fires at most once — its
// state is written before the notification is shown, in a transaction a concurrent tick cannot overlap.
import type { PayerLensDb } from "../storage/db"
import type { ReminderState, StoredAuthorization, StoredClaim } from "../model/records"
import { SETTINGS_KEY } from "../storage/db"
import { localDate } from "../dates/calendar"
import { computeReminders, isDue, type Reminder } from "./reminders"
import { DEFAULT_SETTINGS, TrackingSettings } from "./settings"

export async function loadSettings(db: PayerLensDb): Promise<TrackingSettings> {
  const row = await db.settings.get(SETTINGS_KEY)
  const parsed = TrackingSettings.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

/** Everything the reminder and overview rules read, loaded once per request. */
export type Records = { claims: StoredClaim[]; auths: StoredAuthorization[]; settings: TrackingSettings }

export async function loadRecords(db: PayerLensDb): Promise<Records> {
  const [claims, auths, settings] = await Promise.all([db.claims.toArray(), db.authorizations.toArray(), loadSettings(db)])
  return { claims, auths, settings }
}

export function remindersFor(records: Records, now: Date): { all: Reminder[]; today: string } {
  const today = localDate(now)
  return { all: computeReminders(records.claims, records.auths, records.settings, today), today }
}

/** Dismissed, or snoozed past today: the user does not want to see it today. */
export function hiddenToday(state: ReminderState | undefined, today: string): boolean {
  return !!state?.dismissedAt || (state?.snoozedUntil ?? "") > today
}

/** Reminders due now that have not fired, are not snoozed past today, and were not dismissed. */
export async function runTick(db: PayerLensDb, now: Date, notify: (r: Reminder) => Promise<void>): Promise<Reminder[]> {
  const { all, today } = remindersFor(await loadRecords(db), now)
  const fired: Reminder[] = []
  for (const reminder of all.filter((r) => isDue(r, today))) {
    const claimed = await db.transaction("rw", db.reminders, async () => {
      const state = await db.reminders.get(reminder.id)
      if (hiddenToday(state, today) || (state?.firedAt && !state.snoozedUntil)) return false
      await db.reminders.put({ id: reminder.id, recordKey: reminder.recordKey, firedAt: now.toISOString(), snoozedUntil: null, dismissedAt: null })
      return true
    })
    if (claimed) {
      fired.push(reminder)
      await notify(reminder)
    }
  }
  return fired
}

export async function snooze(db: PayerLensDb, id: string, until: string): Promise<void> {
  await db.reminders.update(id, { snoozedUntil: until })
}

export async function dismiss(db: PayerLensDb, id: string, now: Date): Promise<void> {
  await db.reminders.update(id, { dismissedAt: now.toISOString() })
}
