// An authorization as the views list it: with its watch (flags), run-out forecast and usage check. The types
// are inferred from these schemas, which also check the worker's replies.
import { z, type Infer } from "./zod"
import { StoredAuthorization } from "./records"

export const AUTH_FLAGS = ["low", "exhausted", "expiring", "expired"] as const
export type AuthFlag = (typeof AUTH_FLAGS)[number]

export const AuthWatch = z.strictObject({
  daysLeft: z.number().nullable(),
  remaining: z.number().nullable(),
  flags: z.array(z.enum(AUTH_FLAGS)),
  needsAttention: z.boolean()
})
export type AuthWatch = Infer<typeof AuthWatch>

/** Visits the portal says were used, against the sessions PayerLens saw billed since the authorization began. */
export const Usage = z.strictObject({
  portalUsed: z.number().nullable(),
  seen: z.number(),
  since: z.string().nullable(),
  differs: z.boolean()
})
export type Usage = Infer<typeof Usage>

export const AuthorizationRow = StoredAuthorization.extend({
  watch: AuthWatch,
  runOut: z.string().nullable(),
  usage: Usage
})
export type AuthorizationRow = Infer<typeof AuthorizationRow>
