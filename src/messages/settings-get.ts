// The tracking settings and the practice details (options page, letters).
import { z } from "../model/zod"
import { PracticeInfo } from "../model/practice"
import { TrackingSettings } from "../tracking/settings"
import { defineMessage, replyOf } from "./define"

export const SettingsAnswer = z.strictObject({
  ok: z.literal(true),
  tracking: TrackingSettings,
  practice: PracticeInfo
})

export const settingsGet = defineMessage({
  type: "settings/get",
  request: z.strictObject({ type: z.literal("settings/get") }),
  reply: replyOf(SettingsAnswer),
  from: "extension-pages",
  handle: (_request, ctx) => ctx.storing(async () => ({ ok: true as const, ...(await ctx.store.settings()) }))
})
