// A claim's or an authorization's timeline: every observed change.
import { z } from "../model/zod"
import { HistoryRow } from "../model/records"
import { defineMessage, replyOf } from "./define"

export const historyGet = defineMessage({
  type: "history/get",
  request: z.strictObject({ type: z.literal("history/get"), recordKey: z.string().min(1).max(300) }),
  reply: replyOf(z.strictObject({ ok: z.literal(true), history: z.array(HistoryRow) })),
  from: "extension-pages",
  handle: ({ recordKey }, ctx) =>
    ctx.storing(async () => ({ ok: true as const, history: await ctx.store.history(recordKey) }))
})
