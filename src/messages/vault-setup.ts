// First run: the passphrase that protects everything PayerLens keeps (a weak one is refused with the reason).
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"
import { Passphrase } from "./vault-status"

export const vaultSetup = defineMessage({
  type: "vault/setup",
  request: z.strictObject({ type: z.literal("vault/setup"), passphrase: Passphrase }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ passphrase }, ctx) => ctx.vault(() => ctx.store.setUp(passphrase, ctx.now()))
})
