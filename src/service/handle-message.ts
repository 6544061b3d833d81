// The background worker's logic, free of browser APIs so tests drive it directly.
import type { Reminder } from "../tracking/reminders"
import { runTick } from "../tracking/tick"
import { calendar, dueReminders, overviewWithInsight, receivablesOf, updateReminder } from "./reminder-views"
import { exportAll, readSettings, saveSettings, wipeAll } from "./settings-and-data"
import {
  describeIssues, Request, type AlwaysReadSiteResponse, type CalendarResponse, type OverviewResponse, type ReadPageResponse,
  type ExportResponse, type HistoryResponse, type SettingsResponse, type SimpleResponse, type SubmitCaptureResponse
} from "../messages/protocol"
import { senderProblem, type Grants, type Self, type SenderInfo } from "../messages/sender"
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
  /** Shows one reminder (a system notification). */
  notify: (reminder: Reminder) => Promise<void>
  /** Asks for a reminder tick soon after new records arrive (an alarm, so it survives the worker). */
  scheduleTick: () => Promise<void>
}

export type Reply =
  | SubmitCaptureResponse | OverviewResponse | ReadPageResponse | AlwaysReadSiteResponse | SimpleResponse | CalendarResponse
  | HistoryResponse | SettingsResponse | ExportResponse

export async function tick(deps: Deps): Promise<void> {
  await runTick(deps.db, deps.now(), deps.notify)
  await deps.setBadge(await attentionCount(deps))
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

/** The badge number: the same count the popup shows (settings' thresholds included). */
export async function attentionCount(deps: Deps): Promise<number> {
  return (await overviewWithInsight(deps.db, deps.now())).attentionCount
}

export async function handleMessage(message: unknown, sender: SenderInfo, deps: Deps): Promise<Reply> {
  const type = typeof message === "object" && message && "type" in message ? String((message as { type: unknown }).type) : ""
  const parsed = Request.safeParse(message)
  if (!parsed.success) {
    const error = `refused ${type || "message"}: ${describeIssues(parsed.error)}`
    deps.log(`payerlens: ${error}`)
    return { ok: false, error }
  }
  const request = parsed.data
  const problem = senderProblem(sender, request.type, deps.self, await deps.grants())
  if (problem) {
    deps.log(`payerlens: ${problem}`)
    return { ok: false, error: problem }
  }
  switch (request.type) {
    case "capture/submit": {
      try {
        const stored = await storeCapture(deps.db, request.capture, deps.now())
        captureArrived(sender.tab?.id, { claims: request.capture.claims.length, authorizations: request.capture.authorizations.length })
        if (stored.claimsNew + stored.claimsChanged + stored.authorizationsNew + stored.authorizationsChanged > 0) await deps.scheduleTick()
        await deps.storageError.set(null)
        await deps.setBadge(await attentionCount(deps))
        return { ok: true, stored }
      } catch (error) {
        const text = storageFailure(error)
        deps.log(`payerlens: ${text}`)
        await deps.storageError.set(text)
        return { ok: false, error: text }
      }
    }
    case "reminders/tick": {
      try {
        await tick(deps)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
    case "reminder/update": {
      try {
        await updateReminder(deps.db, request.id, request.action, deps.now())
        await deps.setBadge(await attentionCount(deps))
        return { ok: true }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
    case "claim/resolve": {
      try {
        const at = deps.now().toISOString()
        const changed = await deps.db.transaction("rw", deps.db.claims, deps.db.history, async () => {
          const claim = await deps.db.claims.get(request.key)
          if (!claim) return false
          await deps.db.claims.put({ ...claim, resolution: { reason: request.reason, at } })
          await deps.db.history.add({ recordKind: "claim", recordKey: claim.key, at, sourceUrl: "", changes: [{ field: "resolution", from: claim.resolution?.reason ?? null, to: request.reason }] })
          return true
        })
        if (!changed) return { ok: false, error: "That claim is no longer stored." }
        await deps.setBadge(await attentionCount(deps))
        return { ok: true }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
    case "settings/get":
      try {
        return { ok: true, ...(await readSettings(deps.db)) }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    case "settings/save":
      try {
        await saveSettings(deps.db, request.tracking, request.practice)
        await deps.setBadge(await attentionCount(deps))
        return { ok: true }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    case "data/export":
      try {
        return { ok: true, ...(await exportAll(deps.db, deps.now())) }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    case "data/wipe":
      try {
        await wipeAll(deps.db)
        await deps.setBadge(0)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    case "history/get": {
      try {
        return { ok: true, history: await deps.db.history.where("recordKey").equals(request.recordKey).sortBy("at") }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
    case "reminders/ics": {
      try {
        return { ok: true, ...(await calendar(deps.db, deps.now())) }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
    case "page/read": {
      try {
        const found = waitForCapture(request.tabId, READ_WAIT_MS)
        await deps.injectReader(request.tabId)
        return { ok: true, found: await found }
      } catch (error) {
        return { ok: false, error: `PayerLens cannot read this tab (${error instanceof Error ? error.message : "not allowed"}).` }
      }
    }
    case "site/always-read": {
      try {
        await deps.registerSite(request.origin)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: `PayerLens could not start reading ${request.origin} (${error instanceof Error ? error.message : "error"}).` }
      }
    }
    case "overview/get": {
      try {
        const overview = await overviewWithInsight(deps.db, deps.now())
        const reminders = await dueReminders(deps.db, deps.now())
        const receivables = await receivablesOf(deps.db, deps.now())
        return { ok: true, overview, reminders, receivables, storageError: await deps.storageError.get() }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
  }
}
