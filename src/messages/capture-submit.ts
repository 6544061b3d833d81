// A page's records, read by the content script on a portal page (or a page the user let PayerLens read).
// The portal and address come from the sender the browser names, not from the page (src/worker/provenance.ts);
// a capture is capped in size and each tab in how often it sends.
import { z } from "../model/zod"
import { Adjustment, Authorization, Capture, Claim, ClaimLine, Patient } from "../model/capture"
import { isOwnPage } from "./sender"
import { CAPTURE_RATE, makeRateLimiter } from "../worker/rate-limit"
import { provenanceOf, withProvenance } from "../worker/provenance"
import type { Deps } from "../worker/context"
import { defineMessage, replyOf } from "./define"

const count = z.number().int().nonnegative()

// Caps on what one capture may hold. capture-v1 (src/model/capture.ts) mirrors the shared contract and has none;
// the message from a page is where a hostile or broken page is stopped, so the caps live here. Each is far above
// what a real page shows (the corpus' longest values: claim number 16, status text 155, warnings 116 characters).
/** Records per capture, claims and authorizations together: 5× the 1,000-row page the bench stores. */
export const MAX_RECORDS_PER_CAPTURE = 5000
// X12's identifiers are at most 80 characters (NM109 2/80, http://www.skipstein.com/Documents/HIPAA/HIPAA_HTML_Forms/HIPAA_837i/0201NM1.htm);
// claim numbers 38 (CLP01) and 50 (CLP07, https://doc.chinlinktech.com/x12/004050/segment/CLP).
const identifier = z.string().max(80, "an identifier is at most 80 characters")
const code = z.string().max(20, "a code is at most 20 characters")
const name = z.string().max(200, "a name is at most 200 characters")
const text = z.string().max(2000, "a status text is at most 2,000 characters")
const codes = (max: number) => z.array(code).max(max, `at most ${max} codes`)

const CappedPatient = Patient.extend({ name: name.nullable(), memberId: identifier.nullable() })
const CappedAdjustment = Adjustment.extend({ reason: code })
const adjustments = (max: number) => z.array(CappedAdjustment).max(max, `at most ${max} adjustments`)
const CappedLine = ClaimLine.extend({
  procedureCode: code,
  modifiers: codes(10),
  adjustments: adjustments(100),
  remarkCodes: codes(100)
})
const CappedClaim = Claim.extend({
  claimNumber: identifier,
  payer: name.nullable(),
  patient: CappedPatient,
  statusText: text,
  checkNumber: identifier.nullable(),
  adjustments: adjustments(200),
  remarkCodes: codes(200),
  diagnosisCodes: codes(100),
  lines: z.array(CappedLine).max(1000, "a claim has at most 1,000 lines")
})
const CappedAuthorization = Authorization.extend({
  authNumber: identifier,
  payer: name.nullable(),
  patient: CappedPatient,
  statusText: text,
  serviceCodes: codes(200)
})
const tooMany = "a capture holds at most 5,000 records"

/** capture-v1 with the caps: arrays are measured before their items are read, so an oversized one costs nothing. */
export const CappedCapture = Capture.extend({
  portal: z.string().max(40, "a portal id is at most 40 characters"),
  url: z.string().max(8192, "a page address is at most 8,192 characters"),
  claims: z.array(CappedClaim).max(MAX_RECORDS_PER_CAPTURE, tooMany),
  authorizations: z.array(CappedAuthorization).max(MAX_RECORDS_PER_CAPTURE, tooMany),
  warnings: z.array(z.string().max(1000, "a warning is at most 1,000 characters")).max(500, "at most 500 warnings")
}).refine((c) => c.claims.length + c.authorizations.length <= MAX_RECORDS_PER_CAPTURE, {
  message: `${tooMany} (claims and authorizations together)`,
  path: ["claims"]
})

// one limiter per worker (its Deps): tests that build their own Deps do not share windows
const limiters = new WeakMap<Deps, ReturnType<typeof makeRateLimiter>>()
function limiterOf(deps: Deps) {
  let limiter = limiters.get(deps)
  if (!limiter) limiters.set(deps, (limiter = makeRateLimiter(CAPTURE_RATE)))
  return limiter
}

export const RATE_LIMITED = `Too many page reads from this tab (more than ${CAPTURE_RATE.max} in ${CAPTURE_RATE.windowMs / 1000} seconds): this one was not stored.`

export const captureSubmit = defineMessage({
  type: "capture/submit",
  request: z.strictObject({ type: z.literal("capture/submit"), capture: CappedCapture }),
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
  async handle({ capture }, ctx) {
    // PayerLens's own pages are trusted as data/import is; a page's reader gets its portal from its address
    if (isOwnPage(ctx.sender, ctx.deps.self)) return ctx.acceptCapture(capture)
    const from = provenanceOf(ctx.sender.url)
    if (!from) return { ok: false, error: "Capture refused: the sending page has no address." }
    const tab = ctx.sender.tab?.id
    if (tab !== undefined && !limiterOf(ctx.deps)(tab, ctx.now().getTime()).allowed) {
      ctx.deps.log(`payerlens: capture/submit from tab ${tab} refused: rate limit`)
      return { ok: false, error: RATE_LIMITED }
    }
    return ctx.acceptCapture(withProvenance(capture, from))
  }
})
