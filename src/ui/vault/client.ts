// The vault's five messages as the pages send them. The popup's first script carries this (the unlock form is its
// first view while locked), so it cannot bring zod and the messages' schemas: each reply is checked here by hand
// against the shape of its schema in src/messages/vault-*.ts (type-only imports: nothing of theirs is bundled).
// A reply of any other shape becomes the failure every unreadable reply is.
import type { RequestOf, ReplyOf } from "../../messages"
import type { Transport } from "../../messages/send"

export type Status = Extract<ReplyOf<"vault/status">, { ok: true }>
export type VaultState = Status["state"]
export type Failure = { ok: false; error: string }
export type Done = { ok: true } | Failure

export const UNREADABLE = "The background worker sent an unreadable answer."
export const NO_ANSWER = "PayerLens's background worker did not answer."

const STATES: readonly string[] = ["new", "locked", "unlocked"] satisfies VaultState[]
const count = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0

/** A vault/status success, field for field (the schema is strict: no other fields). */
export function isStatus(value: unknown): value is Status {
  if (typeof value !== "object" || value === null) return false
  const v = value as Record<string, unknown>
  return (
    Object.keys(v).length === 5 &&
    v.ok === true &&
    STATES.includes(v.state as string) &&
    count(v.waitMs) &&
    count(v.failures) &&
    count(v.autoLockMinutes) &&
    (v.autoLockMinutes as number) >= 1 &&
    (v.autoLockMinutes as number) <= 60
  )
}

export function isFailure(value: unknown): value is Failure {
  if (typeof value !== "object" || value === null) return false
  const v = value as Record<string, unknown>
  return Object.keys(v).length === 2 && v.ok === false && typeof v.error === "string"
}

const isOk = (value: unknown): value is { ok: true } =>
  typeof value === "object" &&
  value !== null &&
  Object.keys(value).length === 1 &&
  (value as { ok?: unknown }).ok === true

/** Checks a vault/status reply that came some other way (the first ask, sent with the page's first line). */
export const statusReply = (raw: unknown): Status | Failure =>
  isStatus(raw) || isFailure(raw) ? raw : { ok: false, error: UNREADABLE }

const doneReply = (raw: unknown): Done => (isOk(raw) || isFailure(raw) ? raw : { ok: false, error: UNREADABLE })

export type VaultClient = {
  status: () => Promise<Status | Failure>
  setUp: (passphrase: string) => Promise<Done>
  unlock: (passphrase: string) => Promise<Done>
  lock: () => Promise<Done>
  changePassphrase: (current: string, next: string) => Promise<Done>
}

type Requests = {
  setUp: RequestOf<"vault/setup">
  unlock: RequestOf<"vault/unlock">
  lock: RequestOf<"vault/lock">
  change: RequestOf<"vault/change-passphrase">
}

export function vaultClient(transport: Transport): VaultClient {
  const ask = async <T, R extends { type: string }>(request: R, check: (raw: unknown) => T): Promise<T | Failure> => {
    try {
      return check(await transport(request))
    } catch {
      return { ok: false, error: NO_ANSWER }
    }
  }
  return {
    status: () => ask({ type: "vault/status" }, statusReply),
    setUp: (passphrase) => ask({ type: "vault/setup", passphrase } satisfies Requests["setUp"], doneReply),
    unlock: (passphrase) => ask({ type: "vault/unlock", passphrase } satisfies Requests["unlock"], doneReply),
    lock: () => ask({ type: "vault/lock" } satisfies Requests["lock"], doneReply),
    changePassphrase: (current, next) =>
      ask({ type: "vault/change-passphrase", current, next } satisfies Requests["change"], doneReply)
  }
}

/** "1:45" for 105,000 ms (whole seconds, rounded up: the button is not enabled a second early). */
export function clock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}
