import { describe, expect, it } from "vitest"
import { captureSubmit } from "../../src/messages/capture-submit"
import { isSubmitReply } from "../../src/messages/reply-guard"

const samples: unknown[] = [
  { ok: true, stored: { claimsNew: 1, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 2 } },
  { ok: false, error: "refused capture/submit: capture.claims.0.billedCents: expected number" },
  { ok: true, stored: { claimsNew: "1", claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 } },
  { ok: true, stored: { claimsNew: 1 } },
  { ok: true },
  { ok: false },
  { ok: false, error: "x", extra: 1 },
  { ok: "yes", stored: {} },
  null,
  "ok",
  undefined
]

describe("content-script reply guard", () => {
  it("accepts exactly the replies the protocol's zod schema accepts", () => {
    for (const s of samples) expect(isSubmitReply(s), JSON.stringify(s)).toBe(captureSubmit.reply.safeParse(s).success)
  })
})
