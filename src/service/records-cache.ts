// The worker answers many popup requests from the same records; it keeps the last load per database and
// drops it on every write it makes (every write goes through the worker). A restarted worker loads afresh.
import type { PayerLensDb } from "../storage/db"
import { loadRecords, type Records } from "../tracking/tick"

const loads = new WeakMap<PayerLensDb, Promise<Records>>()

export function cachedRecords(db: PayerLensDb): Promise<Records> {
  let load = loads.get(db)
  if (!load) {
    load = loadRecords(db)
    loads.set(db, load)
    load.catch(() => loads.delete(db)) // a failed load is not kept
  }
  return load
}

export function recordsChanged(db: PayerLensDb): void {
  loads.delete(db)
}
