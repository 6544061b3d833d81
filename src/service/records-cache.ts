// The worker answers many popup requests from the same records; it keeps the last load per database and
// drops it on every write it makes (every write goes through the worker). A restarted worker loads afresh.
import type { PayerLensDb } from "../storage/db"
import type { ReminderState } from "../model/records"
import { loadRecords, type Records } from "../tracking/tick"

const loads = new WeakMap<PayerLensDb, Promise<Records>>()
const stateLoads = new WeakMap<PayerLensDb, Promise<Map<string, ReminderState>>>()

/** One load per database, kept until a write drops it; a failed load is not kept. */
function kept<T>(loads: WeakMap<PayerLensDb, Promise<T>>, db: PayerLensDb, load: () => Promise<T>): Promise<T> {
  let pending = loads.get(db)
  if (!pending) {
    pending = load()
    loads.set(db, pending)
    pending.catch(() => loads.delete(db))
  }
  return pending
}

export function cachedRecords(db: PayerLensDb): Promise<Records> {
  return kept(loads, db, () => loadRecords(db))
}

/** What happened to each reminder (fired, snoozed, dismissed), by id. */
export function cachedReminderStates(db: PayerLensDb): Promise<Map<string, ReminderState>> {
  return kept(stateLoads, db, async () => new Map((await db.reminders.toArray()).map((s) => [s.id, s])))
}

export function reminderStatesChanged(db: PayerLensDb): void {
  stateLoads.delete(db)
}

export function recordsChanged(db: PayerLensDb): void {
  loads.delete(db)
  stateLoads.delete(db)
}
