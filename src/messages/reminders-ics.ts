// Upcoming dates as a calendar file (.ics).
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const remindersIcs = defineMessage({
  type: "reminders/ics",
  request: z.strictObject({ type: z.literal("reminders/ics") }),
  reply: replyOf(z.strictObject({ ok: z.literal(true), ics: z.string(), events: z.number() })),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => ({ ok: true as const, ...ctx.answers.calendar(await ctx.store.records()) }))
})
