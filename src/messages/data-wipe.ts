// Erase every record, reminder state and history row (settings stay).
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

export const dataWipe = defineMessage({
  type: "data/wipe",
  request: z.strictObject({ type: z.literal("data/wipe"), confirm: z.literal("DELETE") }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => {
      await ctx.store.wipeAll()
      await ctx.publish()
      return { ok: true as const }
    })
})
