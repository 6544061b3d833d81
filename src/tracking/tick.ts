// One reconciliation pass: IndexedDB is the source of truth. Each due reminder fires at most once — its
// state is written before the notification is shown, in a transaction a concurrent tick cannot overlap.
import type { PayerLensDb } from "../storage/db"
import type { ReminderState, StoredAuthorization, StoredClaim } from "../model/records"
import { SETTINGS_KEY } from "../storage/db"
import { localDate } from "../dates/calendar"
import { computeReminders, isDue, type Reminder } from "./reminders"
import { DEFAULT_SETTINGS, TrackingSettings } from "./settings"
import { keptPerRecordsAndDay } from "./kept"

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

const remindersOfDay = keptPerRecordsAndDay((records, today) => computeReminders(records.claims, records.auths, records.settings, today))

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
  return [{ id: `summary:${today}:${fired.length}`, title: `${fired.length} reminders due`, body: "Open PayerLens to see what needs attention." }]
}

/** Not fired (or fired and then snoozed), and not hidden today. */
function claimable(state: ReminderState | undefined, today: string): boolean {
  return !(hiddenToday(state, today) || (state?.firedAt && !state.snoozedUntil))
}

/** What a tick writes for a reminder it fires. */
export function firedState(r: Reminder, now: Date): ReminderState {
  return { id: r.id, recordKey: r.recordKey, firedAt: now.toISOString(), snoozedUntil: null, dismissedAt: null }
}

/** Above this many candidates one read of every state beats keyed reads (the table holds one row per reminder). */
const KEYED_READS_UP_TO = 200

/** `known`: the states as last read (the worker keeps them); reminders they show fired or hidden are skipped
 * without opening a transaction — the usual tick, every popup open, finds nothing new. The candidates are
 * checked again inside the transaction, so a stale `known` never fires a reminder twice. */
export async function runTick(db: PayerLensDb, now: Date, notify: (n: Notice) => Promise<void>, records?: Records, known?: Map<string, ReminderState>): Promise<Reminder[]> {
  const { all, today } = remindersFor(records ?? (await loadRecords(db)), now)
  const due = all.filter((r) => isDue(r, today) && (!known || claimable(known.get(r.id), today)))
  if (due.length === 0) return []
  const fired = await db.transaction("rw", db.reminders, async () => {
    const states =
      due.length > KEYED_READS_UP_TO
        ? new Map((await db.reminders.toArray()).map((s) => [s.id, s]))
        : new Map((await db.reminders.bulkGet(due.map((r) => r.id))).flatMap((s) => (s ? [[s.id, s] as const] : [])))
    const claimed = due.filter((r) => claimable(states.get(r.id), today))
    await db.reminders.bulkPut(claimed.map((r) => firedState(r, now)))
    return claimed
  })
  for (const notice of noticesFor(fired, today)) await notify(notice)
  return fired
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
    const touched = (s.firedAt ?? "") > cutoffTime || (s.dismissedAt ?? "") > cutoffTime || (s.snoozedUntil ?? "") > cutoffDay
    if (!current.has(s.id) && !touched) gone.push(s.id)
  }
  return gone
}

export async function snooze(db: PayerLensDb, id: string, until: string): Promise<void> {
  await db.reminders.update(id, { snoozedUntil: until })
}

export async function dismiss(db: PayerLensDb, id: string, now: Date): Promise<void> {
  await db.reminders.update(id, { dismissedAt: now.toISOString() })
}
