// What happened to each reminder (fired, snoozed, dismissed), kept in IndexedDB, the source of truth. Each due
// reminder fires at most once: its state is written before the notification shows, in a transaction a
// concurrent tick cannot overlap.
import type { PayerLensDb } from "./db"
import type { ReminderState } from "../model/records"
import { addDays } from "../dates/business-days"
import { localDate } from "../dates/calendar"
import { isDue, type Reminder } from "../tracking/reminders"
import { claimable, firedState, noticesFor, remindersFor, type Notice, type Records } from "../tracking/tick"
import type { SnoozeAction } from "../model/records"
import { loadRecords } from "./records"

/** Above this many candidates one read of every state beats keyed reads (the table holds one row per reminder). */
const KEYED_READS_UP_TO = 200

/** `known`: the states as last read (the worker keeps them); reminders they show fired or hidden are skipped
 * without opening a transaction — the usual tick, every popup open, finds nothing new. The candidates are
 * checked again inside the transaction, so a stale `known` never fires a reminder twice. */
export async function runTick(
  db: PayerLensDb,
  now: Date,
  notify: (n: Notice) => Promise<void>,
  records?: Records,
  known?: Map<string, ReminderState>
): Promise<Reminder[]> {
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

export async function snooze(db: PayerLensDb, id: string, until: string): Promise<void> {
  await db.reminders.update(id, { snoozedUntil: until })
}

export async function dismiss(db: PayerLensDb, id: string, now: Date): Promise<void> {
  await db.reminders.update(id, { dismissedAt: now.toISOString() })
}

/** The user's snooze or dismiss on one reminder (a reminder not fired yet gets its state first). */
export async function updateReminder(db: PayerLensDb, id: string, action: SnoozeAction, now: Date) {
  const today = localDate(now)
  if (!(await db.reminders.get(id)))
    await db.reminders.put({
      id,
      recordKey: id.split(":")[1] ?? "",
      firedAt: null,
      snoozedUntil: null,
      dismissedAt: null
    })
  if (action === "dismiss") await dismiss(db, id, now)
  else await snooze(db, id, addDays(today, action === "snooze-day" ? 1 : 7))
}
