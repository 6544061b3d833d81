// An appeal or reconsideration letter draft for one denied claim: practice details from settings, claim facts
// from the capture, and the argument for its denial reason. Bracketed text is for the user to fill in.
import type { PracticeInfo } from "../model/practice"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import { authorizationsCovering, denialAdjustments } from "../codes"
import { argumentFor } from "./arguments"
import { usDate } from "../dates/calendar"

const us = (iso: string | null) => (iso ? usDate(iso) : "[not shown]")
const dollars = (cents: number | null) => (cents === null ? "[not shown]" : `$${(cents / 100).toFixed(2)}`)

/** The reason the letter argues: the first adjustment that is not the patient's share or a contractual write-down. */
export function mainDenialReason(claim: StoredClaim): { group: string; reason: string } | null {
  return denialAdjustments(claim)[0] ?? null
}

export type Letter = { kind: "appeal" | "reconsideration"; subject: string; text: string }

export function draftLetter(claim: StoredClaim, practice: PracticeInfo, auths: StoredAuthorization[], today: string): Letter {
  const denial = mainDenialReason(claim)
  const argument = argumentFor(denial?.reason ?? null)
  const covering = authorizationsCovering(claim, auths)
  const title = argument.kind === "appeal" ? "Request for appeal" : "Request for reconsideration"
  const codes = [denial && `${denial.group}-${denial.reason}`, ...claim.remarkCodes].filter(Boolean).join(", ")
  const subject = `${title} — claim ${claim.claimNumber}`
  const lines = [
    practice.name || "[Practice name]",
    practice.address || "[Practice address]",
    `NPI ${practice.npi || "[NPI]"} · Tax ID ${practice.taxId || "[Tax ID]"}`,
    "",
    us(today),
    "",
    `${claim.payer ?? "[Payer]"} — Appeals / Provider Disputes`,
    "[Payer appeals address or fax]",
    "",
    `Re: ${subject}`,
    `Patient: ${claim.patient.name ?? "[Patient name]"}`,
    `Member ID: ${claim.patient.memberId ?? "[Member ID]"}${claim.patient.dateOfBirth ? ` · Date of birth: ${us(claim.patient.dateOfBirth)}` : ""}`,
    `Date of service: ${us(claim.serviceFrom)}${claim.serviceTo && claim.serviceTo !== claim.serviceFrom ? ` – ${us(claim.serviceTo)}` : ""}`,
    `Services: ${claim.lines.map((l) => [l.procedureCode, ...l.modifiers].join("-")).join(", ") || "[CPT codes]"}`,
    `Billed: ${dollars(claim.billedCents)} · Paid: ${dollars(claim.paidCents)}`,
    `Denial: ${codes || "[denial codes]"}${claim.processedDate ? ` (processed ${us(claim.processedDate)})` : ""}`,
    "",
    "To whom it may concern:",
    "",
    `We ask you to ${argument.kind === "appeal" ? "reverse the denial of" : "reconsider"} the claim above.`,
    "",
    ...argument.paragraphs({ claim, covering, us }).flatMap((p) => [p, ""]),
    "Please contact our office with any question about this request.",
    "",
    "Sincerely,",
    "",
    "[Name, credentials]",
    practice.name || "[Practice name]"
  ]
  return { kind: argument.kind, subject, text: lines.join("\n") }
}
