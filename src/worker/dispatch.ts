// The background worker's one entry for messages: which message it is, whether this sender may send it (checked
// before the body is parsed, so a refused sender's large message costs nothing), then the body checked against
// the message's schema, then its handler. Free of browser APIs so tests drive it directly.
import { messageOf, type MessageType, type ReplyOf } from "../messages"
import type { Failure } from "../messages/define"
import { describeIssues } from "../messages/shapes"
import { isOwnPage, NO_GRANTS, senderProblem, type SenderInfo } from "../messages/sender"
import { BackupRefused, VaultRefusal, authKey, claimKey } from "../storage"
import { CryptoError } from "../crypto/errors"
import type { Capture } from "../model/capture"
import { makeAnswers } from "./answers"
import type { Deps, WorkerContext } from "./context"
import { captureArrived, waitForCapture } from "./page-reads"
import { publish } from "./publish"

export type { Deps } from "./context"

const READ_WAIT_MS = 6000

/** Storage failures name their kind (quota, blocked upgrade, corrupt database), never record content. */
export function storageFailure(error: unknown): string {
  // the vault's refusals (locked, not set up, a wrong passphrase) and the crypto layer's are written for the user
  if (error instanceof VaultRefusal || error instanceof CryptoError) return error.message
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

const reason = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback)

/** One reminder pass over the stored records, then the badge and the kept first answer. */
export async function tick(deps: Deps): Promise<void> {
  await deps.store.tick(deps.now(), deps.notify)
  await publish(deps)
}

async function storing<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work()
  } catch (error) {
    return { ok: false, error: storageFailure(error) }
  }
}

async function acceptCapture(deps: Deps, sender: SenderInfo, capture: Capture) {
  try {
    const { held, ...stored } = await deps.store.storeCapture(capture, deps.now())
    if (held) {
      // locked: kept sealed until the next unlock; nothing about it is known until then
      captureArrived(sender.tab?.id, { claims: capture.claims.length, authorizations: capture.authorizations.length })
      return { ok: true as const, stored }
    }
    if (sender.tab?.id !== undefined)
      await deps.tabRecords.remember(sender.tab.id, {
        claims: capture.claims.map((c) => claimKey(c.payer, capture.portal, c.claimNumber)),
        authorizations: capture.authorizations.map((a) => authKey(a.payer, capture.portal, a.authNumber))
      })
    captureArrived(sender.tab?.id, { claims: capture.claims.length, authorizations: capture.authorizations.length })
    if (stored.claimsNew + stored.claimsChanged + stored.authorizationsNew + stored.authorizationsChanged > 0)
      await deps.scheduleTick()
    await deps.storageError.set(null)
    await publish(deps)
    return { ok: true as const, stored }
  } catch (error) {
    const text = storageFailure(error)
    deps.log(`payerlens: ${text}`)
    await deps.storageError.set(text)
    await publish(deps).catch(() => undefined) // the kept first answer shows the failure too
    return { ok: false as const, error: text }
  }
}

async function restore(deps: Deps, backup: string, passphrase: string) {
  try {
    const restored = await deps.store.importBackup(backup, passphrase, deps.now())
    await publish(deps)
    return { ok: true as const, restored }
  } catch (error) {
    if (error instanceof BackupRefused)
      return { ok: false as const, error: `Nothing was changed: ${error.message.replace(/\.$/, "")}.` }
    if (error instanceof VaultRefusal || error instanceof CryptoError)
      return { ok: false as const, error: `Nothing was changed: ${error.message}` }
    return { ok: false as const, error: storageFailure(error) }
  }
}

export function makeContext(deps: Deps, sender: SenderInfo): WorkerContext {
  return {
    deps,
    store: deps.store,
    now: deps.now,
    sender,
    storing,
    publish: () => publish(deps),
    tick: () => tick(deps),
    acceptCapture: (capture) => acceptCapture(deps, sender, capture),
    async readTab(tabId) {
      try {
        const found = waitForCapture(tabId, READ_WAIT_MS)
        await deps.injectReader(tabId)
        return { ok: true, found: await found }
      } catch (error) {
        return { ok: false, error: `PayerLens cannot read this tab (${reason(error, "not allowed")}).` }
      }
    },
    async alwaysRead(origin) {
      try {
        await deps.registerSite(origin)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: `PayerLens could not start reading ${origin} (${reason(error, "error")}).` }
      }
    },
    restore: (backup, passphrase) => restore(deps, backup, passphrase),
    async vault(work) {
      try {
        await work()
        await publish(deps).catch(() => undefined)
        return { ok: true as const }
      } catch (error) {
        return { ok: false as const, error: storageFailure(error) }
      }
    },
    answers: makeAnswers(deps.store, deps.now, deps.storageError.get)
  }
}

const refuse = (deps: Deps, error: string): Failure => {
  deps.log(`payerlens: ${error}`)
  return { ok: false, error }
}

/** The reply to a message whose type is known where it is written (tests, the keyboard shortcut); unknown else. */
export type ReplyFor<M> = unknown extends M
  ? unknown
  : M extends { type: infer T }
    ? T extends MessageType
      ? ReplyOf<T>
      : Failure
    : Failure

export async function handleMessage<const M>(message: M, sender: SenderInfo, deps: Deps): Promise<ReplyFor<M>> {
  return (await dispatch(message, sender, deps)) as ReplyFor<M>
}

async function dispatch(message: unknown, sender: SenderInfo, deps: Deps): Promise<unknown> {
  const type =
    typeof message === "object" && message !== null && "type" in message
      ? (message as { type: unknown }).type
      : undefined
  const spec = typeof type === "string" ? messageOf(type) : undefined
  if (!spec)
    return refuse(deps, `refused ${typeof type === "string" ? type.slice(0, 40) : "message"}: unknown message type`)
  // the user's grants matter only for pages' content scripts: our own pages skip reading them
  const grants = isOwnPage(sender, deps.self) ? NO_GRANTS : await deps.grants()
  const problem = senderProblem(sender, spec.type, spec.from, deps.self, grants)
  if (problem) return refuse(deps, problem)
  const parsed = spec.request.safeParse(message)
  if (!parsed.success) return refuse(deps, `refused ${spec.type}: ${describeIssues(parsed.error)}`)
  // each handler takes its own request; the map from type to message guarantees they match
  return (spec.handle as (request: unknown, ctx: WorkerContext) => Promise<unknown>)(
    parsed.data,
    makeContext(deps, sender)
  )
}
