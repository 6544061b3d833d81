// The one door to what PayerLens keeps. Everything outside src/storage reads and writes through a Store: no other
// folder opens the database. The store is "new" (no passphrase: nothing is kept), "locked" (records sealed, the
// worker holds no key) or "unlocked" (records decrypted in the worker's memory; every write seals what it
// changes). All writes run one at a time (the worker is the one writer), so a read-merge-write never interleaves.
import type { Capture } from "../model/capture"
import { Capture as CaptureSchema } from "../model/capture"
import type { PracticeInfo } from "../model/practice"
import type { ReminderState, ResolutionReason, SnoozeAction } from "../model/records"
import { Backup } from "../messages/backup"
import type { TrackingSettings } from "../tracking/settings"
import { firedState, goneStates, remindersFor, type Notice, type Records } from "../tracking/tick"
import { PayerLensDb, SETTINGS_KEY } from "./db"
import type { AppealAction } from "../receivables/appeal-record"
import { localDate } from "../dates/calendar"
import {
  reminderIdsOf,
  runLockedTick,
  runTick,
  scheduleOf,
  updateReminder,
  type ScheduleEntry
} from "./reminder-states"
import { readSettings, saveSettings } from "./settings-and-data"
import { planCapture, type Change, type RecordMaps, type StoreSummary } from "./store-capture"
import { planResolve } from "./resolve-claim"
import { planAppeal } from "./appeal-claim"
import { loadSettings } from "./records"
import { Locked, memorySession, NotSetUp, VaultRefusal, waitText, type SessionKey, type VaultState } from "./vault"
import { appendAudit, auditEntries, eraseAudit } from "./audit-log"
import {
  allHistory,
  applyChange,
  historyOf,
  loadOpen,
  sealChange,
  writeSealed,
  writeSnapshot,
  type OpenStore
} from "./sealed"
import { emptyOpen, KEY_FILE, readClearData, replaceSealed } from "./setup"
import {
  changePassphrase,
  createKeyFile,
  keysFromDataKey,
  parseKeyFile,
  unlockWithDataKey,
  verifyPassphrase,
  capturePublicKey,
  type DataKeys,
  type KeyFile,
  type SetupOptions
} from "../crypto/keys"
import { fromBase64Url, toBase64Url } from "../crypto/bytes"
import { failedUnlocksSinceLastUnlock, type AuditDetail, type AuditKind } from "../crypto/audit"
import { unlockThrottle } from "../crypto/throttle"
import { WrongPassphrase, CryptoError } from "../crypto/errors"
import { openCapture, sealCapture } from "../crypto/capture-box"
import { decryptBackup, encryptBackup, checkBackupSize } from "../crypto/backup"
import { authorizationsCsv, claimsCsv } from "../export/csv"
import { planRemittance, type RemittanceFile } from "./remittance-plan"
import type { RemittanceSummary } from "../model/payment"
import { Payment } from "../model/payment"
import { blindIndexOfKey, type RecordKind } from "../crypto/blind-index"
import { decryptJsonFromBytes, encryptJsonToBytes, inBatches } from "../crypto/field"

export { authKey, claimKey, recordKey } from "./db"
export type { StoreSummary } from "./store-capture"
export { LOCKED_ERROR, NOT_SET_UP_ERROR, VaultRefusal, memorySession, type SessionKey, type VaultState } from "./vault"

export const SCHEDULE = "schedule"
/** The kept snapshot is rewritten this long after the last write (and at every lock and tick). */
const SNAPSHOT_AFTER_MS = 4000

/** A backup's refusal, shown as it is ("Nothing was changed: …"). */
export class BackupRefused extends Error {}

export type StoreOptions = {
  /** where the unlocked key waits for a restarted worker (the browser's session storage in the extension) */
  session?: SessionKey
  /** PBKDF2 iterations for setup and passphrase changes (at least 600,000; tests use the minimum) */
  keyOptions?: SetupOptions
  /** already unlocked keys and their key file: tests skip PBKDF2 this way */
  unlocked?: { keyFile: KeyFile; keys: DataKeys; dataKey: Uint8Array<ArrayBuffer> }
}

export function openStore(db: PayerLensDb = new PayerLensDb(), options: StoreOptions = {}) {
  const session = options.session ?? memorySession()
  let open: OpenStore | null = null
  let opening: Promise<OpenStore | null> | null = null
  let view: Records | null = null
  let states: Promise<Map<string, ReminderState>> | null = null
  let snapshotTimer: ReturnType<typeof setTimeout> | null = null
  let queue: Promise<unknown> = Promise.resolve()
  let givenKeys = options.unlocked ?? null
  /** stored payments (remittances' checks and EFTs), opened on first need, by payment id */
  let payments: Map<string, Payment> | null = null
  let lastSchedule: string | null = null

  /** One write at a time, in the order asked. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  const keyFile = async (): Promise<KeyFile | null> => {
    const row = await db.vault.get(KEY_FILE)
    return row ? parseKeyFile(row.value) : null
  }

  function forget() {
    open = null
    payments = null
    lastSchedule = null
    view = null
    states = null
    if (snapshotTimer) clearTimeout(snapshotTimer)
    snapshotTimer = null
  }

  async function becomeOpen(keys: DataKeys): Promise<OpenStore> {
    const loaded = await loadOpen(db, keys)
    open = loaded
    view = null
    states = null
    await mergeLockedCaptures(loaded)
    return loaded
  }

  /** The open store, reopened from the session key after the worker slept; null when locked or new. */
  async function current(): Promise<OpenStore | null> {
    if (open) return open
    opening ??= (async () => {
      try {
        if (givenKeys) {
          const given = givenKeys
          givenKeys = null
          if (!(await keyFile())) await db.vault.put({ name: KEY_FILE, value: given.keyFile })
          await session.set(toBase64Url(given.dataKey))
          return await becomeOpen(given.keys)
        }
        const kept = await session.get()
        const file = kept ? await keyFile() : null
        const dataKey = kept ? fromBase64Url(kept) : null
        if (!file || !dataKey) return null
        try {
          return await becomeOpen(await keysFromDataKey(dataKey, file))
        } catch (error) {
          await session.set(null)
          throw error
        }
      } finally {
        opening = null
      }
    })()
    return opening
  }

  async function requireOpen(): Promise<OpenStore> {
    const o = await current()
    if (o) return o
    throw (await keyFile()) ? new Locked() : new NotSetUp()
  }

  async function state(): Promise<VaultState> {
    if (await current()) return "unlocked"
    return (await keyFile()) ? "locked" : "new"
  }

  async function settings(): Promise<TrackingSettings> {
    return loadSettings(db)
  }

  async function records(): Promise<Records> {
    const o = await requireOpen()
    if (view) return view
    const built: Records = { claims: [...o.claims.values()], auths: [...o.auths.values()], settings: await settings() }
    if (open === o) view = built
    return built
  }

  function reminderStates(): Promise<Map<string, ReminderState>> {
    states ??= (async () => {
      const o = await requireOpen()
      const ids = reminderIdsOf(o)
      const rows = await db.reminders.toArray()
      return new Map(rows.map((s) => ids.clear(s)).map((s) => [s.id, s]))
    })()
    const pending = states
    pending.catch(() => {
      if (states === pending) states = null
    })
    return pending
  }

  function snapshotSoon(o: OpenStore) {
    if (snapshotTimer) clearTimeout(snapshotTimer)
    snapshotTimer = setTimeout(() => {
      snapshotTimer = null
      void serial(async () => {
        if (open === o && o.seq > o.snapshotSeq) await writeSnapshot(db, o)
      }).catch(() => undefined)
    }, SNAPSHOT_AFTER_MS)
  }

  /** Seals a change and writes it in one transaction with `also`; memory takes it once committed. */
  async function commit(o: OpenStore, change: Change, also?: () => Promise<unknown>): Promise<void> {
    const sealed = await sealChange(o, change)
    await db.transaction(
      "rw",
      [db.sealedClaims, db.sealedAuthorizations, db.sealedHistory, db.captures, db.lockedCaptures, db.payments],
      async () => {
        await writeSealed(db, sealed)
        if (change.captureLog) await db.captures.add(change.captureLog)
        await also?.()
      }
    )
    applyChange(o, change, sealed)
    view = null
    states = null
    snapshotSoon(o)
  }

  const recordMaps = (o: OpenStore) => ({ claims: o.claims, auths: o.auths })

  /** Captures made while locked, opened and merged in the order they came, each with its row's removal. */
  async function mergeLockedCaptures(o: OpenStore): Promise<number> {
    const rows = await db.lockedCaptures.orderBy("id").toArray()
    if (rows.length === 0) return 0
    const file = await keyFile()
    if (!file) return 0
    const publicKey = await capturePublicKey(file)
    let merged = 0
    for (const row of rows) {
      let capture: Capture | null
      try {
        const parsed = CaptureSchema.safeParse(await openCapture(o.keys.capturePrivate, publicKey, row.sealed))
        capture = parsed.success ? parsed.data : null
      } catch {
        capture = null
      }
      const change = capture ? planCapture(recordMaps(o), capture, new Date(row.at)).change : null
      // a box that does not open (or holds no capture) is dropped: it can never be merged
      await commit(o, change ?? { claims: [], auths: [], history: [] }, () => db.lockedCaptures.delete(row.id!))
      if (capture) merged++
    }
    return merged
  }

  const paymentAad = (id: string) => `PayerLens payment v1|${id}`
  // a payment is kept by the blind index of its id (the check or EFT trace number), like records
  const paymentBlindId = (o: OpenStore, id: string) => blindIndexOfKey(o.keys.index, "payment" as RecordKind, id)

  async function storedPayments(o: OpenStore): Promise<Map<string, Payment>> {
    if (payments) return payments
    const rows = await db.payments.toArray()
    const opened = await inBatches(rows, async (row) =>
      Payment.parse(await decryptJsonFromBytes(o.keys.record, row.box, paymentAad(row.id)))
    )
    const map = new Map(opened.map((p) => [p.id, p]))
    if (open === o) payments = map
    return map
  }

  async function audit(kind: AuditKind, at: Date, detail?: AuditDetail) {
    await appendAudit(db, kind, at, detail)
  }

  async function throttle(now: Date) {
    return unlockThrottle(failedUnlocksSinceLastUnlock(await auditEntries(db)), now)
  }

  /** Every check of the passphrase (unlock, export, a new passphrase) waits out the same throttle and records a
   * wrong one in the trail: none of them is a way around the wait. */
  async function withPassphrase<T>(now: Date, action: string, wrong: string, work: () => Promise<T>): Promise<T> {
    const wait = await throttle(now)
    if (!wait.allowed) throw new VaultRefusal(`Too many wrong passphrases. Try again in ${waitText(wait.waitMs)}.`)
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof WrongPassphrase)) throw error
      await audit("unlock-failed", now, { action })
      const next = await throttle(now)
      throw new VaultRefusal(next.waitMs > 0 ? `${wrong} Try again in ${waitText(next.waitMs)}.` : wrong)
    }
  }

  return {
    /** The data version stored (a backup from a newer one is refused). */
    version: () => db.verno,
    state,
    async vaultStatus(now: Date) {
      const [s, t, tracking] = await Promise.all([state(), throttle(now), settings()])
      return { state: s, waitMs: t.waitMs, failures: t.failures, autoLockMinutes: tracking.autoLockMinutes }
    },
    /** First run: the passphrase protects a new data key; clear rows an earlier version kept are sealed at once. */
    setUp: (passphrase: string, now: Date) =>
      serial(async () => {
        await current().catch(() => null) // a store given its keys (tests) writes its key file on first use
        if (await keyFile()) throw new VaultRefusal("PayerLens is already protected by a passphrase.")
        const created = await createKeyFile(passphrase, options.keyOptions)
        const sealedOpen = await replaceSealed(db, created.keys, await readClearData(db), created.keyFile)
        await session.set(toBase64Url(created.dataKey))
        open = sealedOpen
        view = null
        states = null
        await writeSnapshot(db, sealedOpen)
        await audit("setup", now)
      }),
    unlock: (passphrase: string, now: Date) =>
      serial(async () => {
        const file = await keyFile()
        if (!file) throw new NotSetUp()
        if (await current()) return
        const unlocked = await withPassphrase(now, "unlock", "That passphrase is not right.", () =>
          unlockWithDataKey(file, passphrase)
        )
        await session.set(toBase64Url(unlocked.dataKey))
        await becomeOpen(unlocked.keys)
        await audit("unlock", now)
      }),
    /** Locks: the schedule and snapshot are brought up to date, then the keys and the session copy are dropped. */
    lock: (now: Date, reason: "user" | "idle" | "restart") =>
      serial(async () => {
        const o = await current().catch(() => null)
        if (o) {
          await writeSchedule(o, now).catch(() => undefined)
          // sealed at every lock, with the trail's head as it is now
          await writeSnapshot(db, o).catch(() => undefined)
        }
        const wasOpen = !!o || !!(await session.get())
        await session.set(null)
        forget()
        if (wasOpen) await audit("lock", now, { reason })
      }),
    changePassphrase: (current: string, next: string, now: Date) =>
      serial(async () => {
        const file = await keyFile()
        if (!file) throw new NotSetUp()
        const changed = await withPassphrase(now, "passphrase-change", "The current passphrase is not right.", () =>
          changePassphrase(file, current, next, options.keyOptions)
        )
        await db.vault.put({ name: KEY_FILE, value: changed })
        await audit("passphrase-change", now)
      }),
    records,
    reminderStates,
    /** A page's capture: merged and sealed when unlocked; sealed to the capture key when locked; refused when new. */
    storeCapture: (capture: Capture, now: Date): Promise<StoreSummary & { held?: boolean }> =>
      serial(async () => {
        const o = await current()
        if (!o) {
          const file = await keyFile()
          if (!file) throw new NotSetUp()
          const sealed = await sealCapture(await capturePublicKey(file), capture)
          await db.lockedCaptures.add({ at: now.toISOString(), sealed })
          return { claimsNew: 0, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0, held: true }
        }
        const { change, summary } = planCapture(recordMaps(o), capture, now)
        await commit(o, change)
        return summary
      }),
    resolveClaims: (keys: string[], reason: ResolutionReason, now: Date) =>
      serial(async () => {
        const o = await requireOpen()
        const { change, count } = planResolve(recordMaps(o), keys, reason, now)
        if (count) await commit(o, change)
        return count
      }),
    /** An appeal sent, its decision, or the last entry taken back, on one claim (dates checked against the local day). */
    appealClaim: (key: string, action: AppealAction, now: Date) =>
      serial(async () => {
        const o = await requireOpen()
        const planned = planAppeal(recordMaps(o), key, action, localDate(now), now)
        if (!planned.ok) return planned
        await commit(o, planned.change)
        return { ok: true as const, appeals: planned.appeals }
      }),
    /** Writes a change planned elsewhere in one transaction, sealed (tests seed records this way). */
    applyChange: (plan: (current: RecordMaps) => Change) =>
      serial(async () => {
        const o = await requireOpen()
        const change = plan(recordMaps(o))
        await commit(o, change)
        return change
      }),
    /** 835 files, one at a time: each planned against the records as the files before it left them, then sealed and
     * written in one transaction (nothing of a file half-stored). */
    importRemittance: async (files: RemittanceFile[], now: Date): Promise<RemittanceSummary[]> => {
      const summaries: RemittanceSummary[] = []
      for (const file of files)
        summaries.push(
          await serial(async () => {
            const o = await requireOpen()
            const known = await storedPayments(o)
            const plan = planRemittance({ claims: o.claims, payments: known }, file.remittance, {
              fileName: file.name,
              now
            })
            // the same file again: nothing to write, and nothing to record
            if (plan.claims.length === 0 && plan.payments.length === 0 && plan.history.length === 0) return plan.summary
            const rows = await inBatches(plan.payments, async (p) => {
              const id = await paymentBlindId(o, p.id)
              return { id, seq: o.seq + 1, box: await encryptJsonToBytes(o.keys.record, p, paymentAad(id)) }
            })
            await commit(o, { claims: plan.claims, auths: [], history: plan.history }, () =>
              rows.length ? db.payments.bulkPut(rows) : Promise.resolve()
            )
            if (payments === known) for (const p of plan.payments) known.set(p.id, p)
            await audit("remittance-import", now, { claims: plan.claims.length, payments: plan.payments.length })
            return plan.summary
          })
        )
      return summaries
    },
    /** Every check/EFT imported from remittances, opened. */
    payments: async (): Promise<Payment[]> => [...(await storedPayments(await requireOpen())).values()],
    /** Settings hold no client data: readable while locked (the auto-lock minutes, the reminder rules). */
    settings: () => readSettings(db),
    saveSettings: (tracking: TrackingSettings, practice: PracticeInfo, now = new Date()) =>
      serial(async () => {
        await requireOpen()
        await saveSettings(db, tracking, practice)
        view = null
        await audit("settings-change", now)
      }),
    /** An encrypted backup (the passphrase is asked again) and CSV files of claims and authorizations. */
    exportAll: (now: Date, passphrase: string) =>
      serial(async () => {
        const o = await requireOpen()
        const file = (await keyFile())!
        await withPassphrase(now, "export", "That passphrase is not right.", () => verifyPassphrase(file, passphrase))
        const ids = reminderIdsOf(o)
        const [history, reminderRows, settingRows] = await Promise.all([
          allHistory(db, o),
          db.reminders.toArray(),
          db.settings.toArray()
        ])
        const claims = [...o.claims.values()]
        const authorizations = [...o.auths.values()]
        const backup = {
          app: "PayerLens",
          version: db.verno,
          exportedAt: now.toISOString(),
          claims,
          authorizations,
          history,
          reminders: reminderRows.map((s) => ids.clear(s)),
          settings: settingRows
        }
        const bytes = await encryptBackup(backup, passphrase, options.keyOptions)
        await audit("export", now, { claims: claims.length, authorizations: authorizations.length })
        return {
          backup: toBase64Url(bytes),
          claimsCsv: claimsCsv(claims),
          authorizationsCsv: authorizationsCsv(authorizations)
        }
      }),
    /** Replaces everything with a backup: checked whole (size, header, passphrase, contents, version) first. */
    importBackup: (encoded: string, passphrase: string, now = new Date()) =>
      serial(async () => {
        const o = await requireOpen()
        const bytes = fromBase64Url(encoded)
        if (!bytes) throw new BackupRefused("this file is not a PayerLens backup")
        let value: unknown
        try {
          checkBackupSize(bytes.length)
          value = await decryptBackup(bytes, passphrase)
        } catch (error) {
          if (error instanceof CryptoError)
            throw new BackupRefused(error.message.replace(/; nothing was restored$/, ""))
          throw error
        }
        const parsed = Backup.safeParse(value)
        if (!parsed.success) {
          const issue = parsed.error.issues[0]
          throw new BackupRefused(
            `the backup's contents are not valid (${issue.path.join(".") || "root"}: ${issue.message})`
          )
        }
        const backup = parsed.data
        if (backup.version > db.verno)
          throw new BackupRefused(
            `this backup was made by a newer PayerLens (data version ${backup.version}); update PayerLens first`
          )
        const settingsRows = backup.settings.some((s) => s.key === SETTINGS_KEY)
          ? backup.settings
          : [...backup.settings, { key: SETTINGS_KEY, value: (await readSettings(db)).tracking }]
        const replaced = await replaceSealed(db, o.keys, {
          claims: backup.claims,
          auths: backup.authorizations,
          history: backup.history,
          reminders: backup.reminders,
          settings: settingsRows
        })
        open = replaced
        view = null
        states = null
        payments = null
        await writeSnapshot(db, replaced)
        await audit("import", now, {
          claims: backup.claims.length,
          authorizations: backup.authorizations.length
        })
        return {
          claims: backup.claims.length,
          authorizations: backup.authorizations.length,
          history: backup.history.length
        }
      }),
    /** Erases every record, history row, reminder state, capture and the trail (which keeps one "data erased"). */
    wipeAll: (now = new Date()) =>
      serial(async () => {
        const tables = [
          db.claims,
          db.authorizations,
          db.history,
          db.captures,
          db.reminders,
          db.sealedClaims,
          db.sealedAuthorizations,
          db.sealedHistory,
          db.payments,
          db.lockedCaptures,
          db.vault
        ]
        const tracking = await settings()
        await db.transaction("rw", [...tables, db.settings], async () => {
          await Promise.all(tables.filter((t) => t !== db.vault).map((t) => t.clear()))
          await db.vault.where("name").noneOf([KEY_FILE]).delete()
          // the calendar opt-in goes too; the thresholds and the practice details stay
          if (tracking.calendarOptIn)
            await db.settings.put({ key: SETTINGS_KEY, value: { ...tracking, calendarOptIn: false } })
        })
        if (open) {
          const keys = open.keys
          forget()
          open = emptyOpen(keys)
        }
        await eraseAudit(db, now)
      }),
    history: async (recordKey: string) => historyOf(db, await requireOpen(), null, recordKey),
    updateReminder: (id: string, action: SnoozeAction, now: Date) =>
      serial(async () => {
        const o = await requireOpen()
        const all = remindersFor(await records(), now).all
        const recordKey = all.find((r) => r.id === id)?.recordKey ?? id.split(":")[1] ?? ""
        await updateReminder(db, id, recordKey, action, now, reminderIdsOf(o))
        states = null
      }),
    /** One reminder pass: fire what came due (once each), then drop the states of reminders long gone. Locked,
     * the pass fires from the clear schedule with generic text. */
    tick: (now: Date, notify: (notice: Notice) => Promise<void>) =>
      serial(async () => {
        const o = await current()
        if (!o) {
          if (!(await keyFile())) return
          const schedule = ((await db.vault.get(SCHEDULE))?.value as { entries?: ScheduleEntry[] } | undefined)?.entries
          await runLockedTick(db, now, notify, Array.isArray(schedule) ? schedule : [])
          return
        }
        const recs = await records()
        const known = await reminderStates()
        const ids = reminderIdsOf(o)
        const fired = await runTick(db, now, notify, recs, known, ids)
        // the kept states take what was just fired: the next popup open reads nothing
        for (const r of fired) known.set(r.id, firedState(r, now))
        const gone = goneStates(known.values(), remindersFor(recs, now).all, now)
        if (gone.length) {
          await db.reminders.bulkDelete(
            gone.map((id) => {
              const s = known.get(id)
              return s ? ids.stored(s.id, s.recordKey) : id
            })
          )
          for (const id of gone) known.delete(id)
        }
        await writeSchedule(o, now)
        if (o.seq > o.snapshotSeq) await writeSnapshot(db, o)
      }),
    audit: {
      append: (kind: AuditKind, now: Date, detail?: AuditDetail) => serial(() => audit(kind, now, detail)),
      entries: () => auditEntries(db),
      /** The head sealed in the snapshot (unlocked only): verifyChain with it finds a trail rewritten whole on disk
       * or cut short. */
      head: async () => (await current().catch(() => null))?.auditHead ?? undefined
    }
  }

  /** The locked worker's schedule, written when it changed (every tick asks; most find it as it was). */
  async function writeSchedule(o: OpenStore, now: Date) {
    const entries = scheduleOf(await records(), await reminderStates(), now, reminderIdsOf(o))
    const text = JSON.stringify(entries)
    if (text === lastSchedule) return
    await db.vault.put({ name: SCHEDULE, value: { writtenAt: now.toISOString(), entries } })
    lastSchedule = text
  }
}

export type Store = ReturnType<typeof openStore>
