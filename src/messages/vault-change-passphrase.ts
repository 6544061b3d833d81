// A new passphrase for the same data key: only the key file changes.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"
import { Passphrase } from "./vault-status"

export const vaultChangePassphrase = defineMessage({
  type: "vault/change-passphrase",
  request: z.strictObject({ type: z.literal("vault/change-passphrase"), current: Passphrase, next: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ current, next }, ctx) => ctx.vault(() => ctx.store.changePassphrase(current, next, ctx.now()))
})
