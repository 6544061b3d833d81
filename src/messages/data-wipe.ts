// Erase means erase (issue 14 part 6): every record, reminder state, history row and capture, the trail (which
// keeps one "data erased" entry), the session copies (the popup's kept first answer, the tabs' records), the
// readers registered for sites the user allowed and those sites' host permissions, and the calendar opt-in.
// The practice details and the reminder thresholds stay.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

export const dataWipe = defineMessage({
  type: "data/wipe",
  request: z.strictObject({ type: z.literal("data/wipe"), confirm: z.literal("DELETE") }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => {
      await ctx.store.wipeAll(ctx.now())
      await ctx.deps.forgetSites()
      await ctx.deps.clearSession()
      await ctx.publish()
      return { ok: true as const }
    })
})
