// "Always read this site": after the user granted that one host, read it like a listed portal. The grant goes in
// the audit trail (site access granted: HIPAA 45 CFR 164.312(b)).
import { z } from "../model/zod"
import { defineMessage, OK, replyOf } from "./define"
import { SiteOrigin } from "./site-origin"

export const siteAlwaysRead = defineMessage({
  type: "site/always-read",
  request: z.strictObject({ type: z.literal("site/always-read"), origin: SiteOrigin }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: async ({ origin }, ctx) => {
    const reply = await ctx.alwaysRead(origin)
    if (!reply.ok) return reply
    return ctx.storing(async () => {
      await ctx.store.audit.append("site-granted", ctx.now(), { origin })
      return { ok: true as const }
    })
  }
})
