// An encrypted backup of everything (base64 of the file's bytes), and CSV files of claims and authorizations.
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const dataExport = defineMessage({
  type: "data/export",
  request: z.strictObject({
    type: z.literal("data/export"),
    /** asked again: the backup is encrypted with it, and whoever exports must know it */
    passphrase: z.string().min(1, "type the passphrase").max(1024)
  }),
  reply: replyOf(
    z.strictObject({ ok: z.literal(true), backup: z.string(), claimsCsv: z.string(), authorizationsCsv: z.string() })
  ),
  from: "extension-pages",
  handle: ({ passphrase }, ctx) =>
    ctx.storing(async () => ({ ok: true as const, ...(await ctx.store.exportAll(ctx.now(), passphrase)) }))
})
