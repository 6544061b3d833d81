// The argument a letter makes for each denial reason, in our own words. A sentence states a fact only when the
// stored data supports it: "authorized" only when a stored authorization covers the date, the code and the
// units (src/coding/authorization-coverage.ts); "filed in time" only with the acceptance date the user entered.
// Everything else — coverage, "not a duplicate", medical necessity — is a bracketed prompt to fill in or delete.
import type { Adjustment } from "../model/capture"
import type { StoredAuthorization, StoredClaim } from "../model/records"
import type { LineCoverage } from "../coding/authorization-coverage"
import { CARC_EXPLANATIONS, type Correction, type PayerKind } from "../codes"

export type LetterFacts = {
  claim: StoredClaim
  denial: Adjustment | null
  payer: PayerKind
  correction: Correction
  /** The authorization coverage of each service line, in line order. */
  coverage: LineCoverage<StoredAuthorization>[]
  /** The date the clearinghouse (or payer) first accepted the claim, as the user entered it from the report. */
  proofOfTimelyFiling: string | null
  us: (iso: string | null) => string
}

export type ArgumentCategory =
  | "authorization"
  | "necessity"
  | "timely-filing"
  | "corrected"
  | "duplicate"
  | "eligibility"
  | "other-coverage"
  | "general"

export type Argument = {
  category: ArgumentCategory
  kind: "appeal" | "reconsideration"
  paragraphs: (f: LetterFacts) => string[]
}

const dos = (f: LetterFacts) => f.us(f.claim.serviceFrom)
const codesOf = (claim: StoredClaim) => claim.lines.map((l) => l.procedureCode).join(", ")
const plural = (n: number, word: string) => `${n} ${n === 1 ? word.replace(/s$/, "") : word}`

function authDates(a: StoredAuthorization, us: LetterFacts["us"]): string {
  return `${a.serviceCodes.join(", ") || "these services"}, ${us(a.startDate)} through ${us(a.endDate)}`
}

/** One sentence (fact or bracketed prompt) per service line about its authorization. */
function lineAuthorization(f: LetterFacts, i: number): { fact: boolean; text: string } {
  const line = f.claim.lines[i]
  const cov = f.coverage[i]
  const date = f.us(line.serviceDate ?? f.claim.serviceFrom)
  const code = line.procedureCode
  const a = cov?.authorization
  if (cov?.verdict === "covered" && a && cov.unitsChecked && cov.capacity !== null && cov.used !== null) {
    const unit = a.unitType === "units" ? "units" : "visits"
    return {
      fact: true,
      text: `Authorization ${a.authNumber} approved ${authDates(a, f.us)} for ${plural(cov.capacity, unit)}; it covers ${code} on ${date}, which brings the ${unit} used to ${cov.used} of ${cov.capacity}.`
    }
  }
  if (cov?.verdict === "covered" && a)
    return {
      fact: false,
      text: `Authorization ${a.authNumber} (${authDates(a, f.us)}) covers the date and the code of ${code} on ${date}. [Confirm: its approved count covered this session — the authorization PayerLens read shows no count; attach the approval letter.]`
    }
  switch (cov?.verdict) {
    case "code-not-listed":
      return {
        fact: false,
        text: `[Confirm: authorization ${a?.authNumber ?? ""} (${a ? authDates(a, f.us) : ""}) does not list ${code}. State which authorization covered ${code} on ${date} and attach it, or ask the payer to amend the authorization — delete this paragraph if none did.]`
      }
    case "units-exceeded":
      return {
        fact: false,
        text: `[Confirm: authorization ${a?.authNumber ?? ""} approved ${cov.capacity ?? "a set number of"} ${a?.unitType ?? "visits"}; by ${date} the claims PayerLens holds use ${cov.used ?? "more"}. State how ${code} on ${date} was authorized (an extension or a new authorization) and attach it, or delete this paragraph.]`
      }
    case "unclear":
      return {
        fact: false,
        text: `[Confirm: authorization ${a?.authNumber ?? ""} may cover ${code} on ${date}, but its status or dates were not shown. Confirm it was approved for that date and attach the approval, or delete this paragraph.]`
      }
    case "not-approved":
      return {
        fact: false,
        text: `[Confirm: the authorization request for ${date} (${a?.authNumber ?? "on file"}) shows as ${a?.status.replace("_", " ") ?? "not approved"}. State when it was approved and attach the approval, or delete this paragraph.]`
      }
    default:
      return { fact: false, text: "" }
  }
}

const retroactive = (f: LetterFacts) => [
  `[State when and how authorization was requested for the date of service ${dos(f)}, or why it could not be obtained in advance (for example, a crisis session or retroactive eligibility).]`,
  "We ask that the claim be reviewed for retroactive authorization. [Attach the clinical notes for the session and the request record.]"
]

const authorization: Argument = {
  category: "authorization",
  kind: "appeal",
  paragraphs: (f) => {
    const lines = f.claim.lines.map((_, i) => lineAuthorization(f, i)).filter((l) => l.text)
    if (lines.length === 0) return retroactive(f)
    const all = lines.length === f.claim.lines.length && lines.every((l) => l.fact)
    return [
      all ? `The service was authorized. ${lines.map((l) => l.text).join(" ")}` : lines.map((l) => l.text).join(" "),
      all
        ? "Please reprocess the claim under that authorization. [Attach the authorization approval letter or the portal's authorization detail.]"
        : "Please reprocess the claim under the authorization that covered it."
    ]
  }
}

const necessity: Argument = {
  category: "necessity",
  kind: "appeal",
  paragraphs: () => [
    "We ask you to review the medical necessity of this service. [Summarise the diagnosis, the current symptoms and functional impairment, the treatment goals and the progress made, and why this level of care and session length were needed.]",
    "[Enclose the treatment plan, the progress notes for the date(s) of service and any standardized measures (for example PHQ-9 or GAD-7 scores).]"
  ]
}

const timelyFiling: Argument = {
  category: "timely-filing",
  kind: "appeal",
  paragraphs: (f) => {
    const received = f.claim.receivedDate
      ? ` Your records show the claim received on ${f.us(f.claim.receivedDate)}.`
      : ""
    return [
      f.proofOfTimelyFiling
        ? `The claim was filed in time: it was first accepted on ${f.us(f.proofOfTimelyFiling)}, as the enclosed clearinghouse acceptance report shows.${received}`
        : `[Enter the date the clearinghouse or the payer first accepted this claim, from its acceptance report, and attach the report — or delete this paragraph.]${received}`,
      "Please reprocess the claim."
    ]
  }
}

/** What a corrected claim changes, by reason (the corrected-claim rule decides how it is sent). */
const CORRECTED_WHAT: Record<string, string> = {
  "4": "the procedure modifier",
  "5": "the place of service",
  "9": "the date of birth or the diagnosis",
  "11": "the diagnosis",
  "16": "the information named in the remark code",
  "31": "the member's identification",
  "140": "the member's name and ID",
  "146": "the diagnosis code",
  "181": "the procedure code",
  "182": "the modifier",
  "206": "the NPI",
  "208": "the NPI"
}

const corrected: Argument = {
  category: "corrected",
  kind: "reconsideration",
  paragraphs: (f) => {
    const what = CORRECTED_WHAT[f.denial?.reason ?? ""] ?? "the claim's information"
    if (f.correction.route === "medicare-reopening")
      return [
        `[State the clerical error in ${what}: the entry that was wrong and the correct entry.]`,
        "Please adjust the claim with the correct information."
      ]
    return [
      `[Describe the correction to ${what}.]`,
      `[Confirm: the corrected claim was sent as a replacement claim — frequency code 7 with your claim number ${f.claim.claimNumber} in REF*F8 (box 22 on paper) — on ____.] Please process the replacement claim.`
    ]
  }
}

const duplicate: Argument = {
  category: "duplicate",
  kind: "reconsideration",
  paragraphs: (f) => [
    `[Confirm: this claim is not a duplicate — the service on ${dos(f)}${f.claim.lines.length ? ` (${codesOf(f.claim)})` : ""} was not paid on another claim. If another session took place the same day, name the distinct codes or times; delete this paragraph if the claim was a true duplicate.]`,
    f.correction.route === "medicare-reopening"
      ? "If the claim was denied as a duplicate in error, please reopen it."
      : "If the claim was denied as a duplicate in error, please reprocess it."
  ]
}

const eligibility: Argument = {
  category: "eligibility",
  kind: "reconsideration",
  paragraphs: (f) => [
    `[Confirm: the patient's coverage was active on ${dos(f)} — attach the eligibility response or the member's card showing coverage on that date.]`,
    "Please reprocess the claim."
  ]
}

const otherCoverage: Argument = {
  category: "other-coverage",
  kind: "reconsideration",
  paragraphs: () => [
    "[State that the patient has no other coverage, or that the coordination-of-benefits information has been updated; attach the primary payer's EOB if it paid first.]"
  ]
}

const general: Argument = {
  category: "general",
  kind: "appeal",
  paragraphs: () => [
    "[Explain why the denial is incorrect for this claim and what supports payment. Attach the records that show it.]"
  ]
}

const BY_REASON: Record<string, Argument> = {
  "197": authorization,
  "198": authorization,
  "15": authorization,
  "39": authorization,
  "62": authorization,
  "210": authorization,
  "284": authorization,
  "296": authorization,
  "302": authorization,
  "50": necessity,
  "55": necessity,
  "56": necessity,
  "57": necessity,
  "150": necessity,
  "151": necessity,
  "152": necessity,
  "29": timelyFiling,
  "18": duplicate,
  "22": otherCoverage,
  "26": eligibility,
  "27": eligibility,
  "32": eligibility,
  "177": eligibility
}

export function argumentFor(reason: string | null): Argument {
  if (!reason) return general
  const r = reason.toUpperCase()
  return BY_REASON[r] ?? (CARC_EXPLANATIONS.get(r)?.corrected ? corrected : general)
}
