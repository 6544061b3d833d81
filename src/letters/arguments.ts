// The argument an appeal or reconsideration makes for each denial reason, in our own words. Each returns
// paragraphs; `facts` are what PayerLens holds for this claim (a covering authorization, captured dates).
import type { StoredAuthorization, StoredClaim } from "../model/records"

export type LetterFacts = { claim: StoredClaim; covering: StoredAuthorization[]; us: (iso: string | null) => string }
type Argument = { kind: "appeal" | "reconsideration"; paragraphs: (f: LetterFacts) => string[] }

const authorization: Argument = {
  kind: "appeal",
  paragraphs: ({ claim, covering, us }) =>
    covering.length > 0
      ? [
          `The service was authorized. ${covering.map((a) => `Authorization ${a.authNumber} was approved for ${a.serviceCodes.join(", ") || "these services"} from ${us(a.startDate)} through ${us(a.endDate)}`).join("; ")}, which covers the date of service ${us(claim.serviceFrom)}.`,
          "Please reprocess the claim under that authorization. [Attach the authorization approval letter or the portal's authorization detail.]"
        ]
      : [
          `[State when and how authorization was requested for the date of service ${us(claim.serviceFrom)}, or why it could not be obtained in advance (for example, a crisis session or retroactive eligibility).]`,
          "We ask that the claim be reviewed for retroactive authorization. [Attach the clinical notes for the session and the request record.]"
        ]
}

const necessity: Argument = {
  kind: "appeal",
  paragraphs: () => [
    "The service was medically necessary. [Summarise the diagnosis, the current symptoms and functional impairment, the treatment goals and the progress made, and why this level of care and session length were needed.]",
    "Enclosed: the treatment plan, progress notes for the date(s) of service, and any standardized measures (for example PHQ-9 or GAD-7 scores)."
  ]
}

const timelyFiling: Argument = {
  kind: "appeal",
  paragraphs: ({ claim, us }) => [
    `The claim was submitted within the filing limit.${claim.receivedDate ? ` Your records show it received on ${us(claim.receivedDate)}.` : ""} PayerLens first recorded this claim on the payer's portal on ${us(claim.firstSeenAt.slice(0, 10))}.`,
    "[Attach the clearinghouse acceptance report or the earlier claim number as proof of timely submission.]"
  ]
}

const corrected = (what: string): Argument => ({
  kind: "reconsideration",
  paragraphs: () => [`${what} A corrected claim is enclosed (frequency code 7, replacing the original claim number above).`, "Please reprocess the claim with the corrected information."]
})

const duplicate: Argument = {
  kind: "reconsideration",
  paragraphs: ({ claim, us }) => [
    `This claim is not a duplicate. It is for the service on ${us(claim.serviceFrom)}${claim.lines.length ? ` (${claim.lines.map((l) => l.procedureCode).join(", ")})` : ""}, which was not paid on any other claim. [If another session took place the same day, say so and name the distinct codes or times.]`
  ]
}

const eligibility: Argument = {
  kind: "reconsideration",
  paragraphs: ({ claim, us }) => [`The patient was covered on the date of service ${us(claim.serviceFrom)}. [Attach the eligibility response or the member's card showing coverage on that date.]`]
}

const otherCoverage: Argument = {
  kind: "reconsideration",
  paragraphs: () => ["[State that the patient has no other coverage, or that the coordination-of-benefits information has been updated; attach the primary payer's EOB if it paid first.]"]
}

const general: Argument = {
  kind: "appeal",
  paragraphs: () => ["[Explain why the denial is incorrect for this claim and what supports payment. Attach the records that show it.]"]
}

const BY_REASON: Record<string, Argument> = {
  "197": authorization, "198": authorization, "15": authorization, "39": authorization, "62": authorization,
  "50": necessity, "56": necessity, "57": necessity, "150": necessity, "151": necessity, "152": necessity,
  "29": timelyFiling,
  "4": corrected("The procedure modifier has been corrected (telehealth: modifier 95 or GT as this plan requires, with the matching place of service 02 or 10)."),
  "5": corrected("The place of service has been corrected."),
  "11": corrected("The diagnosis has been reviewed; the claim now carries the specific, billable diagnosis documented for this service."),
  "167": corrected("The diagnosis has been reviewed; the claim now carries the specific, billable diagnosis documented for this service."),
  "16": corrected("The missing or incorrect information named in the remark code has been supplied."),
  "31": corrected("The member's identification has been corrected to match the insurance card."),
  "18": duplicate,
  "22": otherCoverage,
  "26": eligibility, "27": eligibility
}

export function argumentFor(reason: string | null): Argument {
  return (reason && BY_REASON[reason]) || general
}
