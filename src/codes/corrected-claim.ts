// One corrected-claim rule for every explanation and letter: how a claim with a billing error is fixed depends
// on whether the payer adjudicated it and on who the payer is, not on the denial code.
//   - unprocessable (MA130), "resubmit a new claim" (N517, N142) or rejected before adjudication → a new claim;
//   - Original Medicare (Part B) → never a replacement claim: a reopening for a clerical error, otherwise a
//     redetermination;
//   - any other payer that adjudicated the claim → a replacement claim (frequency 7, its claim number in REF*F8).
import type { ClaimStatus } from "../model/capture"
import type { PayerKind } from "./payer-kind"
import {
  CGS_PARTB_REOPENING,
  CMS_APPEALS_CH29,
  CMS_REDETERMINATION,
  CMS_REOPENING_CH34,
  NORIDIAN_REDETERMINATION,
  NORIDIAN_REOPENING,
  NUCC_1500,
  PALMETTO_PARTB_FAQ,
  X12_RARC,
  X12_REPLACEMENT,
  type Source
} from "./sources"

export type CorrectionRoute = "new-claim" | "medicare-reopening" | "replacement-claim"

export type CorrectionContext = {
  payerKind: PayerKind
  /** Every remark code on the claim, claim level and line level. */
  remarkCodes: readonly string[]
  status?: ClaimStatus | null
  /** The payer's claim number, when known (it goes in REF*F8 / box 22 of a replacement claim). */
  claimNumber?: string | null
}

export type Correction = { route: CorrectionRoute; text: string; source: Source[] }

/** Remark codes that tell the provider to send a new claim, not a replacement or an appeal. */
export const NEW_CLAIM_REMARKS = ["MA130", "N517", "N142"] as const

export function correctionRoute(ctx: CorrectionContext): Correction {
  const remarks = new Set(ctx.remarkCodes.map((c) => c.toUpperCase()))
  const told = NEW_CLAIM_REMARKS.find((c) => remarks.has(c))
  if (told || ctx.status === "rejected") {
    const why = told ? `the remark code ${told} says so` : "the payer rejected it before adjudication"
    return {
      route: "new-claim",
      text: `Send a new claim (frequency code 1) with the corrected information — ${why}: there is no processed claim to replace and no appeal or reopening rights. The new claim must still arrive within the filing limit.`,
      source: [X12_RARC, CGS_PARTB_REOPENING, NORIDIAN_REDETERMINATION, PALMETTO_PARTB_FAQ]
    }
  }
  if (ctx.payerKind === "medicare") {
    return {
      route: "medicare-reopening",
      text: "Medicare Part B takes no replacement claim (frequency 7): ask the MAC for a reopening to correct a clerical error or omission (portal, phone or in writing, within 1 year of the initial determination). A change that needs records reviewed is a redetermination instead (Form CMS-20027, within 120 days).",
      source: [CMS_REOPENING_CH34, NORIDIAN_REOPENING, CMS_APPEALS_CH29, CMS_REDETERMINATION]
    }
  }
  const number = ctx.claimNumber ? ` ${ctx.claimNumber}` : ""
  const caveat =
    ctx.payerKind === "medicaid"
      ? " State Medicaid programs set their own adjustment rules: check the state's billing manual."
      : ctx.payerKind === "unknown"
        ? " (If this is Original Medicare, ask for a reopening instead.)"
        : ""
  return {
    route: "replacement-claim",
    text: `Send a replacement claim: frequency code 7 (CLM05-3; resubmission code 7 in box 22 on paper) with the payer's claim number${number} in REF*F8 (box 22's original reference number). A second original claim would deny as a duplicate (CARC 18).${caveat}`,
    source: [X12_REPLACEMENT, NUCC_1500]
  }
}
