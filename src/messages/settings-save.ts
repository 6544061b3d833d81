// Save the tracking settings and the practice details.
import { z } from "../model/zod"
import { PracticeInfo } from "../model/practice"
import { TrackingSettings } from "../tracking/settings"
import { defineMessage, OK, replyOf } from "./define"

export const settingsSave = defineMessage({
  type: "settings/save",
  request: z.strictObject({ type: z.literal("settings/save"), tracking: TrackingSettings, practice: PracticeInfo }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: ({ tracking, practice }, ctx) =>
    ctx.storing(async () => {
      await ctx.store.saveSettings(tracking, practice, ctx.now())
      await ctx.publish()
      return { ok: true as const }
    })
})
