// "Check before you submit": likely denials in the claims PayerLens holds (the scrubber, src/coding/scrub.ts),
// each with its claim so the view shows the finding on the claim's row.
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { defineMessage, replyOf } from "./define"

export const Finding = z.strictObject({
  claimNumber: z.string(),
  line: z.number().int().nullable(),
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string()
})
export type Finding = Infer<typeof Finding>

export const ScrubAnswer = z.strictObject({
  ok: z.literal(true),
  claims: z.array(z.strictObject({ claim: StoredClaim, findings: z.array(Finding) }))
})
export type ScrubAnswer = Infer<typeof ScrubAnswer>

export const scrubStored = defineMessage({
  type: "scrub/stored",
  request: z.strictObject({ type: z.literal("scrub/stored") }),
  reply: replyOf(ScrubAnswer),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.storing(async () => ctx.answers.scrubStored(await ctx.store.records()))
})
