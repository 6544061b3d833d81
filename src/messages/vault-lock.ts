// Lock now: the keys leave the worker and the session; the popup shows only the unlock form.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

export const vaultLock = defineMessage({
  type: "vault/lock",
  request: z.strictObject({ type: z.literal("vault/lock") }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.vault(() => ctx.store.lock(ctx.now(), "user"))
})
