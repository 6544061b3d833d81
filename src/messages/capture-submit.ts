// A page's records, read by the content script on a portal page (or a page the user let PayerLens read).
import { z } from "../model/zod"
import { Capture } from "../model/capture"
import { defineMessage, replyOf } from "./define"

const count = z.number().int().nonnegative()

export const captureSubmit = defineMessage({
  type: "capture/submit",
  request: z.strictObject({ type: z.literal("capture/submit"), capture: Capture }),
  reply: replyOf(
    z.strictObject({
      ok: z.literal(true),
      stored: z.strictObject({
        claimsNew: count,
        claimsChanged: count,
        authorizationsNew: count,
        authorizationsChanged: count
      })
    })
  ),
  from: "content-scripts",
  handle: ({ capture }, ctx) => ctx.acceptCapture(capture)
})
