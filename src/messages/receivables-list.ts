// The claims behind an A/R figure: one age bucket (from the date of service or received), or one payer.
import { z, type Infer } from "../model/zod"
import { BUCKETS } from "../receivables/ageing"
import { defineMessage, replyOf } from "./define"
import { ReceivableRow } from "./shapes"

export const ReceivableFilter = z.union([
  z.strictObject({ bucket: z.enum(BUCKETS), from: z.enum(["service", "received"]).optional() }),
  z.strictObject({ payer: z.string().min(1).max(200) })
])

export const ReceivablesAnswer = z.strictObject({ ok: z.literal(true), rows: z.array(ReceivableRow) })
export type ReceivablesAnswer = Infer<typeof ReceivablesAnswer>

export const receivablesList = defineMessage({
  type: "receivables/list",
  request: z.strictObject({ type: z.literal("receivables/list"), filter: ReceivableFilter }),
  reply: replyOf(ReceivablesAnswer),
  from: "extension-pages",
  handle: ({ filter }, ctx) => ctx.storing(async () => ctx.answers.receivables(await ctx.store.records(), filter))
})
