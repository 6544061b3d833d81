// The passphrase, lock and unlock: the state the popup, side panel and options ask first, and the four actions.
// Every reply is about the vault, never about its contents; a failure says what to do next.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

/** Long enough for any passphrase a person types; a megabyte "passphrase" is refused before PBKDF2 sees it. */
const Passphrase = z.string().min(1, "type the passphrase").max(1024, "a passphrase is at most 1,024 characters")

export const VAULT_STATES = ["new", "locked", "unlocked"] as const

export const VaultStatus = z.strictObject({
  ok: z.literal(true),
  /** new: no passphrase set up yet (nothing is kept); locked; unlocked */
  state: z.enum(VAULT_STATES),
  /** milliseconds until another passphrase may be tried (0 while attempts are free) */
  waitMs: z.number().int().min(0),
  /** wrong passphrases since the last unlock */
  failures: z.number().int().min(0),
  autoLockMinutes: z.number().int().min(1).max(60)
})

export const vaultStatus = defineMessage({
  type: "vault/status",
  request: z.strictObject({ type: z.literal("vault/status") }),
  reply: replyOf(VaultStatus),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.storing(async () => ({ ok: true as const, ...(await ctx.store.vaultStatus(ctx.now())) }))
})

export const vaultSetup = defineMessage({
  type: "vault/setup",
  request: z.strictObject({ type: z.literal("vault/setup"), passphrase: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ passphrase }, ctx) => ctx.vault(() => ctx.store.setUp(passphrase, ctx.now()))
})

export const vaultUnlock = defineMessage({
  type: "vault/unlock",
  request: z.strictObject({ type: z.literal("vault/unlock"), passphrase: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ passphrase }, ctx) => ctx.vault(() => ctx.store.unlock(passphrase, ctx.now()))
})

export const vaultLock = defineMessage({
  type: "vault/lock",
  request: z.strictObject({ type: z.literal("vault/lock") }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.vault(() => ctx.store.lock(ctx.now(), "user"))
})

export const vaultChangePassphrase = defineMessage({
  type: "vault/change-passphrase",
  request: z.strictObject({ type: z.literal("vault/change-passphrase"), current: Passphrase, next: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ current, next }, ctx) => ctx.vault(() => ctx.store.changePassphrase(current, next, ctx.now()))
})
