// Restore a backup: checked whole first (the Backup schema); a bad file changes nothing.
import { z } from "../model/zod"
import { Backup } from "./backup"
import { defineMessage, replyOf } from "./define"

export const dataImport = defineMessage({
  type: "data/import",
  request: z.strictObject({ type: z.literal("data/import"), backup: Backup }),
  reply: replyOf(
    z.strictObject({
      ok: z.literal(true),
      restored: z.strictObject({ claims: z.number(), authorizations: z.number(), history: z.number() })
    })
  ),
  from: "extension-pages",
  handle: ({ backup }, ctx) => ctx.restore(backup)
})
