// The worker answers many popup requests from the same records; it keeps the last load per database and
// drops it on every write it makes (every write goes through the worker). A restarted worker loads afresh.
import type { PayerLensDb } from "./db"
import type { ReminderState } from "../model/records"
import type { Records } from "../tracking/tick"
import { loadRecords } from "./records"

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

/** States the worker has just written: the kept copy takes them rather than being read again (thousands of rows
 * after a restore). */
export function reminderStatesWritten(db: PayerLensDb, states: ReminderState[]): void {
  const pending = stateLoads.get(db)
  if (pending)
    stateLoads.set(
      db,
      pending.then((map) => (states.forEach((s) => map.set(s.id, s)), map))
    )
}

export function reminderStatesChanged(db: PayerLensDb): void {
  stateLoads.delete(db)
}

export function recordsChanged(db: PayerLensDb): void {
  loads.delete(db)
  stateLoads.delete(db)
}
