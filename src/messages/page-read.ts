// "Read this page": the popup or the keyboard shortcut asks to read a tab no adapter lists (activeTab).
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const pageRead = defineMessage({
  type: "page/read",
  request: z.strictObject({ type: z.literal("page/read"), tabId: z.number().int().nonnegative() }),
  reply: replyOf(
    z.strictObject({ ok: z.literal(true), found: z.strictObject({ claims: z.number(), authorizations: z.number() }) })
  ),
  from: "extension-pages",
  handle: ({ tabId }, ctx) => ctx.readTab(tabId)
})
