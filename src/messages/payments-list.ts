// The Payments view: every check/EFT imported from 835 remittances, newest payment first, with its balance check.
import { z } from "../model/zod"
import { Payment } from "../model/payment"
import { defineMessage, replyOf } from "./define"
import { remittanceStore, UNAVAILABLE } from "./era-import"

export const paymentsList = defineMessage({
  type: "payments/list",
  request: z.strictObject({ type: z.literal("payments/list") }),
  reply: replyOf(z.strictObject({ ok: z.literal(true), payments: z.array(Payment) })),
  from: "extension-pages",
  async handle(_request, ctx) {
    const list = remittanceStore(ctx).payments
    if (!list) return { ok: false, error: UNAVAILABLE }
    return ctx.storing(async () => ({
      ok: true as const,
      payments: (await list()).sort(
        (a, b) =>
          (b.paymentDate ?? "").localeCompare(a.paymentDate ?? "") ||
          (b.importedAt > a.importedAt ? 1 : b.importedAt < a.importedAt ? -1 : a.id.localeCompare(b.id))
      )
    }))
  }
})
