// The background worker's logic, free of browser APIs so tests drive it directly.
import { buildOverview } from "../attention/overview"
import { localDate } from "../dates/calendar"
import { describeIssues, Request, type OverviewResponse, type SubmitCaptureResponse } from "../messages/protocol"
import { senderProblem, type Self, type SenderInfo } from "../messages/sender"
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
}

export type Reply = SubmitCaptureResponse | OverviewResponse

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

export async function attentionCount(deps: Deps): Promise<number> {
  const [claims, auths] = await Promise.all([deps.db.claims.toArray(), deps.db.authorizations.toArray()])
  return buildOverview(claims, auths, localDate(deps.now())).attentionCount
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
  const problem = senderProblem(sender, request.type, deps.self)
  if (problem) {
    deps.log(`payerlens: ${problem}`)
    return { ok: false, error: problem }
  }
  switch (request.type) {
    case "capture/submit": {
      try {
        const stored = await storeCapture(deps.db, request.capture, deps.now())
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
    case "overview/get": {
      try {
        const [claims, auths] = await Promise.all([deps.db.claims.toArray(), deps.db.authorizations.toArray()])
        const overview = buildOverview(claims, auths, localDate(deps.now()))
        return { ok: true, overview, storageError: await deps.storageError.get() }
      } catch (error) {
        return { ok: false, error: storageFailure(error) }
      }
    }
  }
}
