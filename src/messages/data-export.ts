// A JSON backup of everything, and CSV files of claims and authorizations.
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const dataExport = defineMessage({
  type: "data/export",
  request: z.strictObject({ type: z.literal("data/export") }),
  reply: replyOf(
    z.strictObject({ ok: z.literal(true), backup: z.string(), claimsCsv: z.string(), authorizationsCsv: z.string() })
  ),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.storing(async () => ({ ok: true as const, ...(await ctx.store.exportAll(ctx.now())) }))
})
