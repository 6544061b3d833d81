// Close several denials at once, with one reason (a batch resubmitted, appealed or written off).
import { z } from "../model/zod"
import { RESOLUTION_REASONS } from "../model/records"
import { defineMessage, replyOf } from "./define"

export const claimsResolve = defineMessage({
  type: "claims/resolve",
  request: z.strictObject({
    type: z.literal("claims/resolve"),
    keys: z.array(z.string().min(1).max(300)).min(1).max(500),
    reason: z.enum(RESOLUTION_REASONS)
  }),
  /** how many of the claims asked for were stored (and so closed) */
  reply: replyOf(z.strictObject({ ok: z.literal(true), resolved: z.number() })),
  from: "extension-pages",
  handle: ({ keys, reason }, ctx) =>
    ctx.storing(async () => {
      const resolved = await ctx.store.resolveClaims(keys, reason, ctx.now())
      await ctx.publish()
      return { ok: true as const, resolved }
    })
})
