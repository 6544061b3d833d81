// The background worker's logic, free of browser APIs so tests drive it directly.
import { firedState, goneStates, remindersFor, runTick, type Notice } from "../tracking/tick"
import { calendar, updateReminder } from "./reminder-views"
import { overviewAnswer } from "./overview-answer"
import { publish } from "./publish"
import { resolveClaim, resolveClaims } from "../storage/resolve-claim"
import { BackupRefused, exportAll, importBackup, readSettings, saveSettings, wipeAll } from "../storage/settings-and-data"
import { onTabAnswer, patientAnswer, receivablesAnswer, searchAnswer, type TabRecordKeys } from "./browse"
import { cachedRecords, cachedReminderStates, recordsChanged, reminderStatesChanged, reminderStatesWritten } from "../storage/records-cache"
import type { ImportResponse } from "../messages/backup"
import type { OnPageResponse, PatientResponse, ReceivablesListResponse, SearchResponse } from "../messages/browse"
import { authKey, claimKey } from "../storage/db"
import {
  describeIssues, Request, type AlwaysReadSiteResponse, type KeptAnswer, type CalendarResponse, type OverviewResponse, type ReadPageResponse,
  type ExportResponse, type HistoryResponse, type ResolveClaimsResponse, type SettingsResponse, type SimpleResponse, type SubmitCaptureResponse
} from "../messages/protocol"
import { NO_GRANTS, senderProblem, type Grants, type Self, type SenderInfo } from "../messages/sender"
import { captureArrived, waitForCapture } from "./page-reads"
import type { PayerLensDb } from "../storage/db"
import { storeCapture } from "../storage/store-capture"

export type Deps = {
  db: PayerLensDb
  self: Self
  now: () => Date
  setBadge: (count: number) => Promise<void>
  /** Remembers (or clears, with null) the last storage failure so the popup can show it. */
  storageError: { get: () => Promise<string | null>; set: (message: string | null) => Promise<void> }
  log: (line: string) => void
  /** Hosts and tabs the user granted (read fresh for each message: the worker may have restarted). */
  grants: () => Promise<Grants>
  /** Runs the reader in a tab once (activeTab); records the tab grant first. */
  injectReader: (tabId: number) => Promise<void>
  /** Reads a host like a listed portal from now on; its permission was granted in the popup. */
  registerSite: (origin: string) => Promise<void>
  /** Shows one reminder, or a summary of many (a system notification). */
  notify: (notice: Notice) => Promise<void>
  /** Keeps the popup's first answer where a popup finds it while the worker sleeps (session storage). */
  keepAnswer: (kept: KeptAnswer) => Promise<void>
  /** Asks for a reminder tick soon after new records arrive (an alarm, so it survives the worker). */
  scheduleTick: () => Promise<void>
  /** Which records the last page read in each tab held (session storage: it outlives the worker, not the browser). */
  tabRecords: { remember: (tabId: number, keys: TabRecordKeys) => Promise<void>; get: (tabId: number) => Promise<TabRecordKeys | null> }
}

export type Reply =
  | SubmitCaptureResponse | OverviewResponse | ReadPageResponse | AlwaysReadSiteResponse | SimpleResponse | CalendarResponse
  | HistoryResponse | SettingsResponse | ExportResponse | ImportResponse | SearchResponse | PatientResponse | ReceivablesListResponse
  | OnPageResponse | ResolveClaimsResponse

export async function tick(deps: Deps): Promise<void> {
  const now = deps.now()
  const records = await cachedRecords(deps.db)
  const states = await cachedReminderStates(deps.db)
  const fired = await runTick(deps.db, now, deps.notify, records, states)
  reminderStatesWritten(deps.db, fired.map((r) => firedState(r, now)))
  const gone = goneStates(states.values(), remindersFor(records, now).all, now)
  if (gone.length) {
    await deps.db.reminders.bulkDelete(gone)
    reminderStatesChanged(deps.db)
  }
  await publish(deps)
}

const READ_WAIT_MS = 6000

/** Storage failures name their kind (quota, blocked upgrade, corrupt database), never record content. */
export function storageFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : "Error"
  const reason: Record<string, string> = {
    QuotaExceededError: "the browser's storage is full",
    VersionError: "the database is newer than this version of PayerLens",
    DatabaseClosedError: "the database could not be opened",
    OpenFailedError: "the database could not be opened",
    InvalidStateError: "the database is in an unusable state",
    DataError: "a record could not be stored",
    ConstraintError: "a record conflicts with a stored one",
    AbortError: "the write was aborted",
    UnknownError: "the database is damaged or unreadable"
  }
  return `Storage error (${name}): ${reason[name] ?? "the write did not complete"}. Nothing already stored was changed.`
}

type Failure = { ok: false; error: string }

/** Runs a storage operation; a failure becomes a reply naming its kind instead of an exception. */
async function withStorage<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work()
  } catch (error) {
    return { ok: false, error: storageFailure(error) }
  }
}

const reason = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback)

export async function handleMessage(message: unknown, sender: SenderInfo, deps: Deps): Promise<Reply> {
  const type = typeof message === "object" && message && "type" in message ? String((message as { type: unknown }).type) : ""
  const parsed = Request.safeParse(message)
  if (!parsed.success) {
    const error = `refused ${type || "message"}: ${describeIssues(parsed.error)}`
    deps.log(`payerlens: ${error}`)
    return { ok: false, error }
  }
  const request = parsed.data
  // the user's grants matter only for pages' content scripts: our own pages skip reading them
  const ownPage = sender.id === deps.self.extensionId && (sender.url ?? "").startsWith(deps.self.extensionOrigin)
  const problem = senderProblem(sender, request.type, deps.self, ownPage ? NO_GRANTS : await deps.grants())
  if (problem) {
    deps.log(`payerlens: ${problem}`)
    return { ok: false, error: problem }
  }
  switch (request.type) {
    case "capture/submit": {
      try {
        const { capture } = request
        const stored = await storeCapture(deps.db, capture, deps.now())
        recordsChanged(deps.db)
        if (sender.tab?.id !== undefined)
          await deps.tabRecords.remember(sender.tab.id, {
            claims: capture.claims.map((c) => claimKey(c.payer, capture.portal, c.claimNumber)),
            authorizations: capture.authorizations.map((a) => authKey(a.payer, capture.portal, a.authNumber))
          })
        captureArrived(sender.tab?.id, { claims: request.capture.claims.length, authorizations: request.capture.authorizations.length })
        if (stored.claimsNew + stored.claimsChanged + stored.authorizationsNew + stored.authorizationsChanged > 0) await deps.scheduleTick()
        await deps.storageError.set(null)
        await publish(deps)
        return { ok: true, stored }
      } catch (error) {
        const text = storageFailure(error)
        deps.log(`payerlens: ${text}`)
        await deps.storageError.set(text)
        await publish(deps).catch(() => undefined) // the kept first answer shows the failure too
        return { ok: false, error: text }
      }
    }
    case "reminders/tick":
      return withStorage(async () => {
        await tick(deps)
        return { ok: true as const }
      })
    case "reminder/update":
      return withStorage(async () => {
        try {
          await updateReminder(deps.db, request.id, request.action, deps.now())
        } finally {
          reminderStatesChanged(deps.db)
        }
        await publish(deps)
        return { ok: true as const }
      })
    case "claim/resolve":
      return withStorage(async () => {
        if (!(await resolveClaim(deps.db, request.key, request.reason, deps.now()))) return { ok: false as const, error: "That claim is no longer stored." }
        recordsChanged(deps.db)
        await publish(deps)
        return { ok: true as const }
      })
    case "claims/resolve":
      return withStorage(async () => {
        const resolved = await resolveClaims(deps.db, request.keys, request.reason, deps.now())
        recordsChanged(deps.db)
        await publish(deps)
        return { ok: true as const, resolved }
      })
    case "settings/get":
      return withStorage(async () => ({ ok: true as const, ...(await readSettings(deps.db)) }))
    case "settings/save":
      return withStorage(async () => {
        await saveSettings(deps.db, request.tracking, request.practice)
        recordsChanged(deps.db)
        await publish(deps)
        return { ok: true as const }
      })
    case "data/export":
      return withStorage(async () => ({ ok: true as const, ...(await exportAll(deps.db, deps.now())) }))
    case "data/wipe":
      return withStorage(async () => {
        await wipeAll(deps.db)
        recordsChanged(deps.db)
        await publish(deps)
        return { ok: true as const }
      })
    case "data/import":
      try {
        const restored = await importBackup(deps.db, request.backup, deps.db.verno)
        recordsChanged(deps.db)
        await publish(deps)
        return { ok: true, restored }
      } catch (error) {
        if (error instanceof BackupRefused) return { ok: false, error: `Nothing was changed: ${error.message}.` }
        return { ok: false, error: storageFailure(error) }
      }
    case "search/query":
      return withStorage(async () => searchAnswer(await cachedRecords(deps.db), request, deps.now()))
    case "patient/get":
      return withStorage(async () => patientAnswer(await cachedRecords(deps.db), request, deps.now()))
    case "receivables/list":
      return withStorage(async () => receivablesAnswer(await cachedRecords(deps.db), request, deps.now()))
    case "records/on-tab":
      return withStorage(async () => onTabAnswer(await cachedRecords(deps.db), await deps.tabRecords.get(request.tabId), deps.now()))
    case "history/get":
      return withStorage(async () => ({
        ok: true as const,
        history: await deps.db.history.where("recordKey").equals(request.recordKey).sortBy("at")
      }))
    case "reminders/ics":
      return withStorage(async () => ({ ok: true as const, ...calendar(await cachedRecords(deps.db), deps.now()) }))
    case "page/read": {
      try {
        const found = waitForCapture(request.tabId, READ_WAIT_MS)
        await deps.injectReader(request.tabId)
        return { ok: true, found: await found }
      } catch (error) {
        return { ok: false, error: `PayerLens cannot read this tab (${reason(error, "not allowed")}).` }
      }
    }
    case "site/always-read": {
      try {
        await deps.registerSite(request.origin)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: `PayerLens could not start reading ${request.origin} (${reason(error, "error")}).` }
      }
    }
    case "overview/get":
      return withStorage(async () => {
        const records = await cachedRecords(deps.db)
        return overviewAnswer(deps.db, records, deps.now(), request.limit, await deps.storageError.get())
      })
  }
}
