// A letter draft for one denied claim: practice details from settings, claim facts from the capture, and the
// argument for its denial reason, sent the way the payer takes it (one corrected-claim rule, src/codes):
//   - unprocessable or rejected (MA130, N517, rejected status) → no letter: a new claim;
//   - Original Medicare → Medicare's words: a reopening for a clerical error, otherwise a redetermination
//     (Form CMS-20027); never "reconsideration", which is Medicare's second level;
//   - other payers → an appeal or a reconsideration.
// Only denial adjustments are argued (cost share, contractual and informational codes never are). Bracketed
// text is for the user to fill in or delete.
import type { PracticeInfo } from "../model/practice"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { isoDate } from "../model/capture"
import { claimContext, correctionRoute, denialAdjustments, explainRemark } from "../codes"
import { coverClaims } from "../coding/authorization-coverage"
import { argumentFor } from "./arguments"
import { usDate } from "../dates/calendar"

const us = (iso: string | null) => (iso ? usDate(iso) : "[not shown]")
const dollars = (cents: number | null) => (cents === null ? "[not shown]" : `$${(cents / 100).toFixed(2)}`)

export type LetterKind = "appeal" | "reconsideration" | "redetermination" | "reopening" | "new-claim"
export type Letter = { kind: LetterKind; subject: string; text: string }

export type LetterOptions = {
  /** The date the clearinghouse (or payer) first accepted the claim, from its acceptance report (YYYY-MM-DD). */
  proofOfTimelyFiling?: string | null
  /** The client's other stored claims, so that units used before this claim count against the authorization. */
  claims?: StoredClaim[]
}

/** The reason the letter argues: the first denial adjustment (never cost share, contractual or informational). */
export function mainDenialReason(claim: StoredClaim): { group: string; reason: string } | null {
  return denialAdjustments(claim)[0] ?? null
}

/** The acceptance date as the user typed it, checked: a real date, not after today, not before the service. */
export function parseProofOfTimelyFiling(
  value: string | null | undefined,
  claim: StoredClaim,
  today: string
): string | null {
  if (value === null || value === undefined || value === "") return null
  const parsed = isoDate.safeParse(value)
  const day = parsed.success ? parsed.data : null
  if (
    !day ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  )
    throw new Error(`The acceptance date "${value}" is not a calendar date (YYYY-MM-DD).`)
  if (day > today)
    throw new Error(
      `The acceptance date ${usDate(day)} is after today: enter the date on the clearinghouse acceptance report.`
    )
  if (claim.serviceFrom && day < claim.serviceFrom)
    throw new Error(
      `The acceptance date ${usDate(day)} is before the date of service ${usDate(claim.serviceFrom)}: enter the date on the clearinghouse acceptance report.`
    )
  return day
}

const TITLES: Record<LetterKind, string> = {
  appeal: "Request for appeal",
  reconsideration: "Request for reconsideration",
  redetermination: "Medicare redetermination request",
  reopening: "Request for reopening (clerical error)",
  "new-claim": "No letter needed: send a new claim"
}

export function draftLetter(
  claim: StoredClaim,
  practice: PracticeInfo,
  auths: StoredAuthorization[],
  today: string,
  options: LetterOptions = {}
): Letter {
  const proof = parseProofOfTimelyFiling(options.proofOfTimelyFiling, claim, today)
  const ctx = claimContext(claim)
  const correction = correctionRoute({ ...ctx, remarkCodes: ctx.remarkCodes ?? [] })
  const denial = denialAdjustments(claim)[0] ?? null
  const argument = argumentFor(denial?.reason ?? null)
  const medicare = ctx.payerKind === "medicare"
  const kind: LetterKind =
    correction.route === "new-claim"
      ? "new-claim"
      : medicare
        ? argument.category === "corrected" || argument.category === "duplicate"
          ? "reopening"
          : "redetermination"
        : argument.kind
  const others = (options.claims ?? []).filter((c) => c.key !== claim.key)
  const coverage = coverClaims([claim, ...others], auths)[0]
  const denialCodes = [
    ...new Set(denialAdjustments(claim).map((a) => `${a.group}-${a.reason}`)),
    ...(ctx.remarkCodes ?? []).filter((code) => explainRemark(code, ctx).flagged)
  ]
  const subject = `${TITLES[kind]} — claim ${claim.claimNumber}`
  const header = [
    practice.name || "[Practice name]",
    practice.address || "[Practice address]",
    `NPI ${practice.npi || "[NPI]"} · Tax ID ${practice.taxId || "[Tax ID]"}`,
    "",
    us(today),
    "",
    `${claim.payer ?? "[Payer]"} — ${medicare ? (kind === "reopening" ? "Reopenings" : "Redeterminations") : "Appeals / Provider Disputes"}`,
    `[${medicare ? "Medicare contractor's address for this request, from the remittance" : "Payer appeals address or fax"}]`,
    "",
    `Re: ${subject}`,
    `${medicare ? "Beneficiary" : "Patient"}: ${claim.patient.name ?? "[Patient name]"}`,
    `${medicare ? "Medicare number" : "Member ID"}: ${claim.patient.memberId ?? (medicare ? "[Medicare number]" : "[Member ID]")}${claim.patient.dateOfBirth ? ` · Date of birth: ${us(claim.patient.dateOfBirth)}` : ""}`,
    `Date of service: ${us(claim.serviceFrom)}${claim.serviceTo && claim.serviceTo !== claim.serviceFrom ? ` – ${us(claim.serviceTo)}` : ""}`,
    `Services: ${claim.lines.map((l) => [l.procedureCode, ...l.modifiers].join("-")).join(", ") || "[CPT codes]"}`,
    `Billed: ${dollars(claim.billedCents)} · Paid: ${dollars(claim.paidCents)}`,
    `Denial: ${denialCodes.join(", ") || "[no denial code shown — name the reason from the payer's notice]"}${claim.processedDate ? ` (processed ${us(claim.processedDate)})` : ""}`,
    ""
  ]
  if (kind === "new-claim")
    return {
      kind,
      subject,
      text: [
        ...header,
        `[No letter is needed. ${correction.text} A letter or appeal for this claim would be dismissed.]`
      ].join("\n")
    }
  const opening: Record<Exclude<LetterKind, "new-claim">, string[]> = {
    appeal: ["We ask you to reverse the denial of the claim above."],
    reconsideration: ["We ask you to reconsider the claim above."],
    redetermination: [
      "We request a redetermination of the initial determination on the claim above.",
      `[Attach the completed Medicare Redetermination Request form (CMS-20027), or sign this letter: it names the beneficiary, the Medicare number, the service and the date of service. Send it within 120 days of receiving the initial determination${claim.processedDate ? ` (processed ${us(claim.processedDate)})` : ""}.]`
    ],
    reopening: [
      argument.category === "duplicate"
        ? "We request a reopening of the claim above."
        : "We request a reopening of the claim above to correct a clerical error."
    ]
  }
  const facts = { claim, denial, payer: ctx.payerKind, correction, coverage, proofOfTimelyFiling: proof, us }
  const lines = [
    ...header,
    medicare ? "To the Medicare contractor:" : "To whom it may concern:",
    "",
    ...opening[kind].flatMap((p) => [p, ""]),
    ...argument.paragraphs(facts).flatMap((p) => [p, ""]),
    "Please contact our office with any question about this request.",
    "",
    "Sincerely,",
    "",
    "[Name, credentials]",
    practice.name || "[Practice name]"
  ]
  return { kind, subject, text: lines.join("\n") }
}
