// Close one denial: resubmitted, appealed or written off.
import { z } from "../model/zod"
import { RESOLUTION_REASONS } from "../model/records"
import { defineMessage, OK, replyOf } from "./define"

export const claimResolve = defineMessage({
  type: "claim/resolve",
  request: z.strictObject({
    type: z.literal("claim/resolve"),
    key: z.string().min(1).max(300),
    reason: z.enum(RESOLUTION_REASONS)
  }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ key, reason }, ctx) =>
    ctx.storing(async () => {
      if ((await ctx.store.resolveClaims([key], reason, ctx.now())) !== 1)
        return { ok: false as const, error: "That claim is no longer stored." }
      await ctx.publish()
      return { ok: true as const }
    })
})
