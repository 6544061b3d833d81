// What 835 files hold before they are saved: each file parsed and planned against the stored claims (how many are
// new, how many update a claim read from a portal), nothing written. The import screen shows it with "Import".
import { z } from "../model/zod"
import type { Payment } from "../model/payment"
import { planRemittance } from "../storage/remittance-plan"
import { defineMessage, replyOf } from "./define"
import { EraFiles, FileResults, parseFile, remittanceStore, type FileResult } from "./era-import"

export const eraPreview = defineMessage({
  type: "era/preview",
  request: z.strictObject({ type: z.literal("era/preview"), files: EraFiles }),
  reply: replyOf(FileResults),
  from: "extension-pages",
  handle: ({ files }, ctx) =>
    ctx.storing(async () => {
      const records = await ctx.store.records()
      const list = remittanceStore(ctx).payments
      const payments: Payment[] = list ? await list() : []
      // the files are planned one after another, each against the stored claims as the files before it leave them
      let known = {
        claims: new Map(records.claims.map((c) => [c.key, c])),
        payments: new Map(payments.map((p) => [p.id, p]))
      }
      const results: FileResult[] = []
      for (const file of files) {
        const parsed = parseFile(file)
        if ("error" in parsed) {
          results.push({ name: file.name, ok: false, error: parsed.error })
          continue
        }
        const plan = planRemittance(known, parsed.remittance, { fileName: file.name, now: ctx.now() })
        results.push({ name: file.name, ok: true, summary: plan.summary })
        if (plan.claims.length || plan.payments.length)
          known = {
            claims: new Map([...known.claims, ...plan.claims.map((c) => [c.key, c] as const)]),
            payments: new Map([...known.payments, ...plan.payments.map((p) => [p.id, p] as const)])
          }
      }
      return { ok: true as const, files: results }
    })
})
