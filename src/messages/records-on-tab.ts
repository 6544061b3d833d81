// The records the last page read in that tab held (the side panel lists and marks them).
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { defineMessage, replyOf } from "./define"
import { AuthorizationRow } from "./shapes"

export const OnTabAnswer = z.strictObject({
  ok: z.literal(true),
  claims: z.array(StoredClaim),
  authorizations: z.array(AuthorizationRow)
})
export type OnTabAnswer = Infer<typeof OnTabAnswer>

export const recordsOnTab = defineMessage({
  type: "records/on-tab",
  request: z.strictObject({ type: z.literal("records/on-tab"), tabId: z.number().int().nonnegative() }),
  reply: replyOf(OnTabAnswer),
  from: "extension-pages",
  handle: ({ tabId }, ctx) =>
    ctx.storing(async () => ctx.answers.onTab(await ctx.store.records(), await ctx.deps.tabRecords.get(tabId)))
})
