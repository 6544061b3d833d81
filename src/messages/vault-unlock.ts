// Unlock with the passphrase; wrong ones wait longer after five (src/crypto/throttle.ts).
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"
import { Passphrase } from "./vault-status"

export const vaultUnlock = defineMessage({
  type: "vault/unlock",
  request: z.strictObject({ type: z.literal("vault/unlock"), passphrase: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ passphrase }, ctx) => ctx.vault(() => ctx.store.unlock(passphrase, ctx.now()))
})
