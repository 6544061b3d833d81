// The one door to what PayerLens keeps. Everything outside src/storage reads and writes through a Store: no other
// folder opens the database. Every write drops the kept loads, so the next read sees it (every write goes
// through the worker, which holds the one Store).
import type { Capture } from "../model/capture"
import type { PracticeInfo } from "../model/practice"
import type { ResolutionReason, SnoozeAction } from "../model/records"
import type { Backup } from "../messages/backup"
import type { TrackingSettings } from "../tracking/settings"
import { firedState, goneStates, remindersFor, type Notice } from "../tracking/tick"
import { PayerLensDb } from "./db"
import {
  cachedRecords,
  cachedReminderStates,
  recordsChanged,
  reminderStatesChanged,
  reminderStatesWritten
} from "./records-cache"
import { resolveClaims } from "./resolve-claim"
import { appealClaim } from "./appeal-claim"
import type { AppealAction } from "../receivables/appeal-record"
import { localDate } from "../dates/calendar"
import { runTick, updateReminder } from "./reminder-states"
import { exportAll, importBackup, readSettings, saveSettings, wipeAll } from "./settings-and-data"
import { storeCapture } from "./store-capture"

export { BackupRefused } from "./settings-and-data"
export { authKey, claimKey, recordKey } from "./db"
export type { StoreSummary } from "./store-capture"

export function openStore(db: PayerLensDb = new PayerLensDb()) {
  /** Runs a write, then drops the kept loads whether it succeeded or not (a half-failed write may have
   * committed nothing, but the cache must not claim so). */
  const writing = async <T>(work: () => Promise<T>, what: "records" | "reminders" = "records"): Promise<T> => {
    try {
      return await work()
    } finally {
      if (what === "records") recordsChanged(db)
      else reminderStatesChanged(db)
    }
  }
  return {
    /** The data version stored (a backup from a newer one is refused). */
    version: () => db.verno,
    records: () => cachedRecords(db),
    reminderStates: () => cachedReminderStates(db),
    storeCapture: (capture: Capture, now: Date) => writing(() => storeCapture(db, capture, now)),
    resolveClaims: (keys: string[], reason: ResolutionReason, now: Date) =>
      writing(() => resolveClaims(db, keys, reason, now)),
    /** An appeal sent, its decision, or the last entry taken back, on one claim (dates checked against the local day). */
    appealClaim: (key: string, action: AppealAction, now: Date) =>
      writing(() => appealClaim(db, key, action, localDate(now), now)),
    settings: () => readSettings(db),
    saveSettings: (tracking: TrackingSettings, practice: PracticeInfo) =>
      writing(() => saveSettings(db, tracking, practice)),
    exportAll: (now: Date) => exportAll(db, now),
    importBackup: (backup: Backup) => writing(() => importBackup(db, backup, db.verno)),
    wipeAll: () => writing(() => wipeAll(db)),
    history: (recordKey: string) => db.history.where("recordKey").equals(recordKey).sortBy("at"),
    updateReminder: (id: string, action: SnoozeAction, now: Date) =>
      writing(() => updateReminder(db, id, action, now), "reminders"),
    /** One reminder pass: fire what came due (once each), then drop the states of reminders long gone. */
    async tick(now: Date, notify: (notice: Notice) => Promise<void>): Promise<void> {
      const records = await cachedRecords(db)
      const states = await cachedReminderStates(db)
      const fired = await runTick(db, now, notify, records, states)
      reminderStatesWritten(
        db,
        fired.map((r) => firedState(r, now))
      )
      const gone = goneStates(states.values(), remindersFor(records, now).all, now)
      if (gone.length) await writing(() => db.reminders.bulkDelete(gone), "reminders")
    }
  }
}

export type Store = ReturnType<typeof openStore>
