// "Always read this site": after the user granted that one host, read it like a listed portal.
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"

export const siteAlwaysRead = defineMessage({
  type: "site/always-read",
  request: z.strictObject({
    type: z.literal("site/always-read"),
    origin: z.string().regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, "origin must be https://host")
  }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ origin }, ctx) => ctx.alwaysRead(origin)
})
