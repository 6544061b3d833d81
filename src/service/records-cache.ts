// The worker answers many popup requests from the same records; it keeps the last load per database and
// drops it on every write it makes (every write goes through the worker). A restarted worker loads afresh.
import type { PayerLensDb } from "../storage/db"
import type { ReminderState } from "../model/records"
import { loadRecords, type Records } from "../tracking/tick"

const loads = new WeakMap<PayerLensDb, Promise<Records>>()
const stateLoads = new WeakMap<PayerLensDb, Promise<Map<string, ReminderState>>>()

export function cachedRecords(db: PayerLensDb): Promise<Records> {
  let load = loads.get(db)
  if (!load) {
    load = loadRecords(db)
    loads.set(db, load)
    load.catch(() => loads.delete(db)) // a failed load is not kept
  }
  return load
}

/** What happened to each reminder (fired, snoozed, dismissed), by id. */
export function cachedReminderStates(db: PayerLensDb): Promise<Map<string, ReminderState>> {
  let load = stateLoads.get(db)
  if (!load) {
    load = db.reminders.toArray().then((rows) => new Map(rows.map((s) => [s.id, s])))
    stateLoads.set(db, load)
    load.catch(() => stateLoads.delete(db))
  }
  return load
}

export function reminderStatesChanged(db: PayerLensDb): void {
  stateLoads.delete(db)
}

export function recordsChanged(db: PayerLensDb): void {
  loads.delete(db)
  stateLoads.delete(db)
}
