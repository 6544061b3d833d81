// Shapes shared by several replies: an authorization with its watch, forecast and usage check, and a failure.
import { z, type Infer } from "../model/zod"
import { StoredAuthorization } from "../model/records"

export const Failure = z.strictObject({ ok: z.literal(false), error: z.string() })

const AuthWatch = z.strictObject({
  daysLeft: z.number().nullable(),
  remaining: z.number().nullable(),
  flags: z.array(z.enum(["low", "exhausted", "expiring", "expired"])),
  needsAttention: z.boolean()
})

const Usage = z.strictObject({ portalUsed: z.number().nullable(), seen: z.number(), since: z.string().nullable(), differs: z.boolean() })

export const AuthorizationRow = StoredAuthorization.extend({ watch: AuthWatch, runOut: z.string().nullable(), usage: Usage })
export type AuthorizationRow = Infer<typeof AuthorizationRow>
