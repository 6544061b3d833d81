// Remittance advice remark codes (RARC) that come with behavioral-health denials, in our own words. An "alert"
// (X12 wording begins "Alert:") informs and never denies: it is explained, not flagged. Official wording:
// x12.org/codes (see sources.ts).
import { CORRECTION_IN_GENERAL } from "./carc"
import { CMS_APPEALS_CH29, CMS_REDETERMINATION, X12_RARC, type Source } from "./sources"

export type RemarkExplanation = {
  code: string
  meaning: string
  cause: string
  fix: string
  alert: boolean
  /** Fixed by correcting the claim; the route comes from the corrected-claim rule. */
  corrected: boolean
  retired: boolean
  source: Source[]
}

type Options = { alert?: boolean; corrected?: boolean; retired?: boolean; also?: Source[] }
type Row = [code: string, meaning: string, cause: string, fix: string, options?: Options]

const alert: Options = { alert: true }
const corrected: Options = { corrected: true }

const ROWS: Row[] = [
  [
    "M15",
    "Separately billed services were bundled as parts of the same procedure.",
    "A component billed next to the service that includes it.",
    "Bill only the comprehensive service."
  ],
  [
    "M20",
    "HCPCS code missing, incomplete or invalid.",
    "A procedure field left empty or mistyped.",
    "Enter a valid code.",
    corrected
  ],
  [
    "M25",
    "The information furnished does not support this level of service (Medicare: ask for review within 120 days; the client may be owed a refund of what was collected).",
    "Session length or complexity not documented for the code billed.",
    "Bill the code the documentation supports, or ask for review with the notes."
  ],
  [
    "M51",
    "Procedure code missing, incomplete or invalid.",
    "A typo or an outdated CPT code.",
    "Correct the code.",
    corrected
  ],
  [
    "M62",
    "Treatment authorization code missing, incomplete or invalid.",
    "The authorization number is not on the claim or is wrong.",
    "Add the right authorization number.",
    corrected
  ],
  [
    "M76",
    "Diagnosis or condition missing, incomplete or invalid.",
    "A header code (F32, F43.1) or no diagnosis pointer.",
    "Use a billable, specific ICD-10-CM code.",
    corrected
  ],
  [
    "M77",
    "Place of service missing, incomplete, invalid or inappropriate.",
    "No POS, or a telehealth POS the payer does not accept.",
    "Correct the place of service.",
    corrected
  ],
  [
    "M79",
    "Charge missing, incomplete or invalid.",
    "A zero or blank charge on a line.",
    "Enter the charge.",
    corrected
  ],
  [
    "M80",
    "Not covered when performed in the same session or on the same date as a service already processed.",
    "Two services the same day the payer will not pay together (e.g. 90791 and 90837).",
    "Check same-day rules; bill one, or appeal with documentation of separate services."
  ],
  [
    "M81",
    "You must code to the highest level of specificity.",
    "A header or unspecified diagnosis where a more specific billable code exists (F32 instead of F32.1).",
    "Use the most specific billable code the record supports (PayerLens flags header codes).",
    corrected
  ],
  [
    "M86",
    "Denied because payment was already made for the same or a similar procedure within a set time frame.",
    "A frequency limit (e.g. one 90791 per period).",
    "Check the frequency rule; appeal if clinically needed."
  ],
  [
    "M117",
    "Not covered unless submitted as an electronic claim.",
    "A paper claim where the payer requires electronic submission.",
    "Resubmit through your clearinghouse."
  ],
  [
    "M127",
    "The patient's medical record for this service is missing.",
    "The payer asked for notes and did not get them.",
    "Send the session notes and ask for reprocessing."
  ],
  [
    "MA01",
    "Alert (Medicare): if you disagree with the decision you may appeal — in writing within 120 days of receiving this notice; someone who did not process the claim reviews it.",
    "Medicare's standard appeal-rights notice.",
    "If you disagree, request a redetermination (Form CMS-20027) within 120 days.",
    { alert: true, also: [CMS_APPEALS_CH29, CMS_REDETERMINATION] }
  ],
  [
    "MA04",
    "Secondary payment cannot be considered without the primary payer's identity or payment information.",
    "No primary EOB or COB data with a secondary claim.",
    "Add the primary payer's payment information.",
    corrected
  ],
  [
    "MA07",
    "Alert: the claim information has also been forwarded to Medicaid for review.",
    "A Medicare–Medicaid crossover.",
    "Watch for Medicaid's decision; do not bill Medicaid separately for the same amounts.",
    alert
  ],
  [
    "MA18",
    "Alert: the claim information is also being forwarded to the patient's supplemental insurer.",
    "A crossover to a Medigap or other supplemental plan.",
    "Watch for the supplemental payment; send questions about it to that insurer.",
    alert
  ],
  [
    "MA63",
    "Principal diagnosis missing, incomplete or invalid.",
    "The first diagnosis is missing or not billable.",
    "Fix the primary diagnosis.",
    corrected
  ],
  [
    "MA130",
    "The claim has incomplete or invalid information and no appeal rights because it is unprocessable: submit a new claim with the complete, correct information.",
    "Data errors stopped processing.",
    "Correct the data.",
    corrected
  ],
  [
    "N1",
    "Alert: you may appeal in writing within the time limits in your contract, the plan's documents or state law.",
    "An appeal-rights notice.",
    "Appeal within the deadline if you disagree.",
    alert
  ],
  [
    "N3",
    "Missing consent form.",
    "A required consent (e.g. for a program) was not attached.",
    "Send the consent form."
  ],
  [
    "N4",
    "The prior insurance carrier's EOB is missing, incomplete or invalid.",
    "Secondary billed without the primary's EOB.",
    "Attach the primary EOB.",
    corrected
  ],
  [
    "N10",
    "Adjusted after a review (review organization, professional consult, manual review, medical advisor, peer review).",
    "A clinician at the payer reviewed the claim.",
    "Read the decision; appeal with records if you disagree."
  ],
  [
    "N19",
    "The procedure code is incidental to the primary procedure.",
    "A second code the payer sees as part of the first.",
    "The client is not billed for it; bill the primary service only."
  ],
  [
    "N20",
    "Not payable with another service rendered on the same date.",
    "Same-day code pairs (e.g. 90785 with 90847, 96127 with some E/M).",
    "Check the code-pair rules; appeal only with documentation of distinct services."
  ],
  [
    "N29",
    "(Retired remark; payers now use N706 and related codes.) Documentation, orders, notes, summary, report or chart missing.",
    "The payer wanted records with the claim.",
    "Send the session notes or records asked for and ask for reprocessing.",
    { retired: true }
  ],
  [
    "N30",
    "The patient is ineligible for this service.",
    "The plan or program does not cover this service for this member.",
    "Check eligibility and benefits; bill the right coverage."
  ],
  [
    "N34",
    "Incorrect claim form or format for this service.",
    "A professional service on an institutional claim, or the reverse.",
    "Send it on the right claim form."
  ],
  [
    "N54",
    "Claim information is inconsistent with the pre-certified or authorized services.",
    "Billed code, dates, units or provider differ from the authorization (a 90837 on an authorization for 90834).",
    "Bill what was authorized if that is what was done, or ask the payer to amend the authorization."
  ],
  [
    "N56",
    "The procedure code is not correct or valid for the services billed or the date of service.",
    "Wrong code for the service, or outdated.",
    "Use the correct code.",
    corrected
  ],
  [
    "N95",
    "This provider type or specialty may not bill this service.",
    "License type not allowed to bill the code (e.g. a counselor billing 90792).",
    "Bill codes within the license's scope, or under an eligible provider."
  ],
  [
    "N102",
    "(Retired remark.) Denied without reviewing the record because requested records were not received or not received in time.",
    "A records request went unanswered.",
    "Send the records and ask for reprocessing or appeal.",
    { retired: true }
  ],
  [
    "N115",
    "Decided under a Medicare local coverage determination (LCD).",
    "A Medicare contractor policy applies.",
    "Read the LCD; appeal with documentation that meets it."
  ],
  [
    "N122",
    "An add-on code cannot be billed by itself.",
    "+90785, +90833/+90836/+90838 or +90840 without the primary code.",
    "Bill the add-on with its primary code on the same claim.",
    corrected
  ],
  [
    "N130",
    "Consult the plan's benefit documents or guidelines for restrictions on this service.",
    "A plan limit or exclusion.",
    "Check the client's benefits; discuss self-pay if excluded."
  ],
  [
    "N142",
    "The original claim was denied: resubmit a new claim, not a replacement claim.",
    "A replacement was sent for a claim the payer denied outright.",
    "Send a new claim with the corrected information.",
    corrected
  ],
  [
    "N179",
    "Additional information was requested from the member; the charges will be reconsidered when it arrives.",
    "The plan is waiting on the client.",
    "Ask the client to answer the plan."
  ],
  [
    "N182",
    "This claim must be billed according to this plan's schedule.",
    "Billing frequency or cycle rules.",
    "Follow the payer's billing schedule."
  ],
  [
    "N211",
    "Alert: this decision may not be appealed.",
    "A non-appealable adjustment.",
    "Correct it if it was a billing error; otherwise write it off.",
    alert
  ],
  [
    "N216",
    "The plan does not offer coverage for this type of service, or the patient is not enrolled in this part of the benefit package.",
    "Behavioral-health benefits are carved out or not purchased.",
    "Bill the BH administrator, or check the client's benefits."
  ],
  [
    "N255",
    "Billing provider taxonomy missing, incomplete or invalid.",
    "Taxonomy code absent or not what the payer has on file.",
    "Add the taxonomy the payer has for you.",
    corrected
  ],
  [
    "N257",
    "Billing provider primary identifier missing, incomplete or invalid.",
    "Group NPI or tax ID mismatch.",
    "Correct the billing provider.",
    corrected
  ],
  [
    "N265",
    "Ordering provider primary identifier missing, incomplete or invalid.",
    "Testing or services that need an ordering provider.",
    "Add the ordering provider's NPI.",
    corrected
  ],
  [
    "N286",
    "Referring provider primary identifier missing, incomplete or invalid.",
    "A referral-required plan with no referring NPI.",
    "Add the referring provider.",
    corrected
  ],
  [
    "N290",
    "Rendering provider primary identifier missing, incomplete or invalid.",
    "The clinician's individual NPI is missing or not enrolled with the payer.",
    "Add the rendering NPI (and check the clinician's enrollment).",
    corrected
  ],
  [
    "N362",
    "The days or units of service exceed the payer's acceptable maximum.",
    "More units than the payer allows per day or per authorization.",
    "Bill within the limit; request an authorization change if needed."
  ],
  [
    "N380",
    "The original claim has been processed: submit a corrected claim.",
    "A second original claim was sent instead of a correction of the processed one.",
    "Correct the processed claim rather than sending another original.",
    corrected
  ],
  [
    "N381",
    "Alert: consult your contract with the payer for restrictions, billing or payment information about these charges.",
    "A contract term (fee schedule, carve-out, billing rule) applied.",
    "Read the contract term the payer points to; dispute only if the contract says otherwise.",
    alert
  ],
  [
    "N386",
    "Decided under a Medicare National Coverage Determination (NCD); the policy is in CMS's Medicare Coverage Database.",
    "A national Medicare coverage policy applies.",
    "Read the NCD; appeal only with documentation that meets it."
  ],
  [
    "N418",
    "Misrouted claim: see the payer's claim submission instructions.",
    "Sent to the medical plan instead of the BH administrator, or to the wrong address or payer ID.",
    "Resubmit to the right payer ID."
  ],
  [
    "N425",
    "Statutorily excluded service.",
    "The program cannot pay for this service by law.",
    "Check whether the client was told in advance; otherwise write it off."
  ],
  [
    "N428",
    "Not covered when performed in this place of service.",
    "The payer does not cover the service in that setting (e.g. a telehealth or home place of service).",
    "Check the place of service: correct it if wrong, or ask the payer which settings it covers.",
    corrected
  ],
  [
    "N435",
    "Exceeds the number or frequency approved or allowed within the period without supporting documentation.",
    "More sessions than allowed in the period, with no notes sent to justify them.",
    "Send documentation of the need (treatment plan, progress notes) and ask for review, or request more visits."
  ],
  [
    "N448",
    "This service is not in the fee schedule or contracted fee arrangement.",
    "A code outside your contract.",
    "Check the contract; bill a contracted code if appropriate."
  ],
  [
    "N479",
    "Missing explanation of benefits (coordination of benefits or Medicare secondary payer).",
    "COB information needed.",
    "Send the other payer's EOB.",
    corrected
  ],
  [
    "N492",
    "Alert: a network provider may bill the member for this service if the member asked for it and agreed in writing, before receiving it, to pay the billed charge.",
    "The plan's rule on billing members for non-covered services.",
    "Bill the client only with that signed agreement on file.",
    alert
  ],
  [
    "N517",
    "Resubmit a new claim with the requested information.",
    "Information missing at submission.",
    "Add the information requested.",
    corrected
  ],
  [
    "N575",
    "The ordering or referring provider's name does not match the payer's records.",
    "Name on the claim differs from the NPI registry.",
    "Match the NPI registry name.",
    corrected
  ],
  [
    "N640",
    "Exceeds the number or frequency approved or allowed within the period.",
    "More sessions than the authorization or policy allows.",
    "Request more visits; PayerLens shows what was approved."
  ],
  [
    "N657",
    "This should be billed with the appropriate code for these services.",
    "A code that does not fit the service or setting (e.g. telehealth code rules).",
    "Re-code to the payer's required code.",
    corrected
  ],
  [
    "N706",
    "Missing documentation.",
    "The payer wanted records with the claim.",
    "Send the documentation and ask for reprocessing."
  ],
  [
    "N822",
    "Missing procedure modifier(s).",
    "A modifier the payer requires with this code (e.g. a telehealth modifier such as 95, 93 or FQ) was left off.",
    "Add the modifier the payer requires.",
    corrected
  ],
  [
    "N823",
    "Incomplete or invalid procedure modifier(s).",
    "A modifier the payer does not accept with this code (GT where it wants 95, 59 where it wants XU).",
    "Replace the modifier with the one the payer accepts.",
    corrected
  ]
]

function entry([code, meaning, cause, fix, options = {}]: Row): RemarkExplanation {
  const isCorrected = options.corrected ?? false
  return {
    code,
    meaning,
    cause,
    fix: isCorrected ? `${fix} ${CORRECTION_IN_GENERAL}` : fix,
    alert: options.alert ?? false,
    corrected: isCorrected,
    retired: options.retired ?? false,
    source: [X12_RARC, ...(options.also ?? [])]
  }
}

export const RARC_EXPLANATIONS: ReadonlyMap<string, RemarkExplanation> = new Map(ROWS.map((r) => [r[0], entry(r)]))
