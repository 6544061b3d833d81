// The vault's state: what the popup, side panel and options ask first. Never about its contents.
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

/** Long enough for any passphrase a person types; a megabyte "passphrase" is refused before PBKDF2 sees it. */
export const Passphrase = z.string().min(1, "type the passphrase").max(1024, "a passphrase is at most 1,024 characters")

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
  handle: (_request, ctx) =>
    ctx.storing(async () => ({ ok: true as const, ...(await ctx.store.vaultStatus(ctx.now())) }))
})
