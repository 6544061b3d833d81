// Record an appeal on a claim: the level and the date sent, the payer's decision on the one waiting, or take the
// last entry back. The claim stays on A/R with its decision-due date and, once denied again, the next level's
// deadline (a recorded appeal also takes back an earlier "Mark resolved").
import { z } from "../model/zod"
import { AppealRecord } from "../deadlines/appeals"
import { AppealAction } from "../receivables/appeal-record"
import { defineMessage, replyOf } from "./define"

export const claimAppeal = defineMessage({
  type: "claim/appeal",
  request: z.strictObject({ type: z.literal("claim/appeal"), key: z.string().min(1).max(300), action: AppealAction }),
  /** the claim's appeals after the change, oldest first */
  reply: replyOf(z.strictObject({ ok: z.literal(true), appeals: z.array(AppealRecord) })),
  from: "extension-pages",
  handle: ({ key, action }, ctx) =>
    ctx.storing(async () => {
      const done = await ctx.store.appealClaim(key, action, ctx.now())
      if (done.ok) await ctx.publish()
      return done
    })
})
