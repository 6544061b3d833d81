// "Stop reading this site": the popup's way back from "Always read this site". The site's reader is unregistered
// and its host permission handed back, so PayerLens can no longer read it even when asked from a page; the removal
// goes in the audit trail.
import { z } from "../model/zod"
import { isListedPortal } from "../portals/registry"
import { defineMessage, OK, replyOf } from "./define"
import { SiteOrigin } from "./site-origin"

export const siteStop = defineMessage({
  type: "site/stop",
  request: z.strictObject({ type: z.literal("site/stop"), origin: SiteOrigin }),
  reply: replyOf(OK),
  from: "extension-pages",
  handle: async ({ origin }, ctx) => {
    const host = new URL(origin).host
    if (isListedPortal(`${origin}/`))
      return { ok: false as const, error: `${host} is a listed portal: PayerLens reads it as you browse.` }
    try {
      await ctx.deps.stopReadingSite(origin)
    } catch (error) {
      const why = error instanceof Error ? error.message : "error"
      return { ok: false as const, error: `PayerLens could not stop reading ${host} (${why}).` }
    }
    return ctx.storing(async () => {
      await ctx.store.audit.append("site-removed", ctx.now(), { origin })
      return { ok: true as const }
    })
  }
})
