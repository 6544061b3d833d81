// Restore an encrypted backup: size, header, passphrase and contents (the Backup schema) checked whole first; a bad
// file changes nothing.
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const dataImport = defineMessage({
  type: "data/import",
  request: z.strictObject({
    type: z.literal("data/import"),
    /** the backup file's bytes, base64url; 100 MB of file is about 134 MB of text */
    backup: z
      .string()
      .max(140_000_000, "a backup is at most 100 MB")
      .regex(/^[A-Za-z0-9_-]*$/, "the backup must be the file's bytes in base64url"),
    passphrase: z.string().min(1, "type the backup's passphrase").max(1024)
  }),
  reply: replyOf(
    z.strictObject({
      ok: z.literal(true),
      restored: z.strictObject({ claims: z.number(), authorizations: z.number(), history: z.number() })
    })
  ),
  from: "extension-pages",
  handle: ({ backup, passphrase }, ctx) => ctx.restore(backup, passphrase)
})
