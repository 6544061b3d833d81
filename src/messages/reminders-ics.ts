// Upcoming dates as a calendar file (.ics), once the user opted in: the file leaves PayerLens's protection, so
// its events say what is due and when, never who (src/tracking/ics.ts).
import { z } from "../model/zod"
import { defineMessage, replyOf } from "./define"

export const CALENDAR_OFF =
  "Calendar export is off. Turn on “Export upcoming dates to a calendar” in PayerLens options first."

export const remindersIcs = defineMessage({
  type: "reminders/ics",
  request: z.strictObject({ type: z.literal("reminders/ics") }),
  reply: replyOf(z.strictObject({ ok: z.literal(true), ics: z.string(), events: z.number() })),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => {
      const records = await ctx.store.records()
      if (!records.settings.calendarOptIn) return { ok: false as const, error: CALENDAR_OFF }
      return { ok: true as const, ...ctx.answers.calendar(records) }
    })
})
