// Reconcile reminders now (the popup opened): fire what came due, once each.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

export const remindersTick = defineMessage({
  type: "reminders/tick",
  request: z.strictObject({ type: z.literal("reminders/tick") }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => {
      await ctx.tick()
      return { ok: true as const }
    })
})
