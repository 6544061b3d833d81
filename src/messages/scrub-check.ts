// Check one claim before it is sent (typed into the form: client, payer, date, codes, units, modifiers,
// diagnoses) against the stored authorizations and the coding rules.
import { z, type Infer } from "../model/zod"
import { ClaimLine, Patient } from "../model/capture"
import { defineMessage, replyOf } from "./define"
import { Finding } from "./scrub-stored"

export const DraftClaim = z.strictObject({
  payer: z.string().min(1).max(200),
  patient: Patient,
  serviceFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD"),
  lines: z.array(ClaimLine).min(1).max(50),
  diagnosisCodes: z.array(z.string().max(10)).max(12)
})
export type DraftClaim = Infer<typeof DraftClaim>

export const scrubCheck = defineMessage({
  type: "scrub/check",
  request: z.strictObject({ type: z.literal("scrub/check"), claim: DraftClaim }),
  reply: replyOf(z.strictObject({ ok: z.literal(true), findings: z.array(Finding), authorizations: z.number().int() })),
  from: "extension-pages",
  handle: ({ claim }, ctx) => ctx.storing(async () => ctx.answers.scrubDraft(await ctx.store.records(), claim))
})
