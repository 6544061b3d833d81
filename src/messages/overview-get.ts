// What needs attention today: denials, authorizations, due reminders and A/R figures. With `limit`, the first
// rows of each list only (the popup's first paint); `partial` says so.
import { z } from "../model/zod"
import { defineMessage, Failure } from "./define"
import { OverviewAnswer } from "./shapes"

export const overviewGet = defineMessage({
  type: "overview/get",
  request: z.strictObject({ type: z.literal("overview/get"), limit: z.number().int().min(1).max(10_000).optional() }),
  reply: z.union([OverviewAnswer, Failure]),
  from: "extension-pages",
  handle: ({ limit }, ctx) => ctx.storing(async () => ctx.answers.overview(await ctx.store.records(), limit))
})
