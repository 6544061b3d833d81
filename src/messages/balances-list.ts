// Patient balances: processed claims where the client owes (deductible, coinsurance, copay), with the amounts by kind.
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { defineMessage, replyOf } from "./define"

const cents = z.number().int()
export const PatientShare = z.strictObject({
  deductibleCents: cents,
  coinsuranceCents: cents,
  copayCents: cents,
  otherCents: cents,
  totalCents: cents,
  byKind: z.boolean()
})

export const BalancesAnswer = z.strictObject({
  ok: z.literal(true),
  rows: z.array(z.strictObject({ claim: StoredClaim, share: PatientShare })),
  totalCents: cents
})
export type BalancesAnswer = Infer<typeof BalancesAnswer>

export const balancesList = defineMessage({
  type: "balances/list",
  request: z.strictObject({ type: z.literal("balances/list") }),
  reply: replyOf(BalancesAnswer),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.storing(async () => ctx.answers.balances(await ctx.store.records()))
})
