// Snooze a reminder for a day or a week, or dismiss it.
import { z } from "../model/zod"
import { SNOOZE_ACTIONS } from "../model/records"
import { defineMessage, OK, replyOf } from "./define"

export const reminderUpdate = defineMessage({
  type: "reminder/update",
  request: z.strictObject({
    type: z.literal("reminder/update"),
    id: z.string().min(1).max(300),
    action: z.enum(SNOOZE_ACTIONS)
  }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ id, action }, ctx) =>
    ctx.storing(async () => {
      await ctx.store.updateReminder(id, action, ctx.now())
      await ctx.publish()
      return { ok: true as const }
    })
})
