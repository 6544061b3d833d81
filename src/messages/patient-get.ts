// One patient: every authorization and claim of that member.
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { defineMessage, replyOf } from "./define"
import { AuthorizationRow, PatientSummary } from "./shapes"

export const PatientAnswer = z.strictObject({
  ok: z.literal(true),
  patient: PatientSummary,
  claims: z.array(StoredClaim),
  authorizations: z.array(AuthorizationRow)
})
export type PatientAnswer = Infer<typeof PatientAnswer>

export const patientGet = defineMessage({
  type: "patient/get",
  request: z.strictObject({ type: z.literal("patient/get"), key: z.string().min(1).max(300) }),
  reply: replyOf(PatientAnswer),
  from: "extension-pages",
  handle: ({ key }, ctx) => ctx.storing(async () => ctx.answers.patient(await ctx.store.records(), key))
})
