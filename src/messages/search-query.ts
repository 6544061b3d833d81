// Search patients, claims and authorizations by name, member ID, number, payer, code or date.
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { defineMessage, replyOf } from "./define"
import { AuthorizationRow, PatientSummary } from "./shapes"

const counts = z.strictObject({ patients: z.number(), claims: z.number(), authorizations: z.number() })

export const SearchAnswer = z.strictObject({
  ok: z.literal(true),
  patients: z.array(PatientSummary),
  claims: z.array(StoredClaim),
  authorizations: z.array(AuthorizationRow),
  totals: counts,
  /** nothing matched as typed; these match a name spelled one letter differently */
  closeSpelling: z.boolean()
})
export type SearchAnswer = Infer<typeof SearchAnswer>

export const searchQuery = defineMessage({
  type: "search/query",
  request: z.strictObject({ type: z.literal("search/query"), text: z.string().max(200) }),
  reply: replyOf(SearchAnswer),
  from: "extension-pages",
  handle: (request, ctx) => ctx.storing(async () => ctx.answers.search(await ctx.store.records(), request.text))
})
