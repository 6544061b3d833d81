// Claim adjustment reason codes (CARC) seen on behavioral-health remittances, in PayerLens's own plain words:
// what the code means, the usual cause in a therapy practice, the fix, and what kind of adjustment it is
// (denial / cost share / contractual / informational, as src/model/claim-status.ts classifies it under its
// usual group code). Each row keeps its source; the official X12 wording is at x12.org (we do not reproduce it).
import { CMS_NCCI, ICD10CM_F90_F98, ICD10CM_Z_CODES, X12_CARC, type Source } from "./sources"

export type CodeKind = "denial" | "cost-share" | "contractual" | "informational"

export type CodeExplanation = {
  code: string
  meaning: string
  cause: string
  /** The fix, self-contained. For `corrected` codes it ends with the corrected-claim rule in general. */
  fix: string
  kind: CodeKind
  /** The claim is fixed by correcting it; `explainAdjustment` then names the route for this payer and claim. */
  corrected: boolean
  /** Under CO, a written notice the client signed before the service (an ABN for Medicare, a waiver the
   * contract allows otherwise) can make the client liable. False for billing, coding and bundling reasons. */
  notice: boolean
  /** X12 has deactivated the code; old remittances still carry it. */
  retired: boolean
  source: Source[]
}

/** The corrected-claim rule in general, for a fix read without a claim (see corrected-claim.ts). */
export const CORRECTION_IN_GENERAL =
  "Send the correction the way this payer takes it: a replacement claim (frequency 7, the payer's claim number in REF*F8) when a commercial plan processed the claim; a reopening for Medicare Part B; a new claim when it was rejected or unprocessable (MA130/N517)."

type Options = Partial<Pick<CodeExplanation, "corrected" | "notice" | "retired">> & { also?: Source[] }
type Row = [code: string, kind: CodeKind, meaning: string, cause: string, fix: string, options?: Options]

const D: CodeKind = "denial"
const corrected: Options = { corrected: true }
const notice: Options = { notice: true }

const ROWS: Row[] = [
  // cost share: PR-1/2/3 and the other patient-share reasons the contract lists (claim-status COST_SHARE_REASONS)
  [
    "1",
    "cost-share",
    "Deductible: the client's share before the plan pays.",
    "The plan's annual deductible is not met yet (often in January).",
    "Bill the client; it is not a denial. Tell clients early in the year."
  ],
  [
    "2",
    "cost-share",
    "Coinsurance: the client's percentage share.",
    "The plan pays a percentage and the client owes the rest.",
    "Bill the client the coinsurance shown."
  ],
  [
    "3",
    "cost-share",
    "Copay: the client's fixed amount per visit.",
    "The plan's mental-health copay applies.",
    "Collect the copay at the session; bill any balance to the client."
  ],
  [
    "66",
    "cost-share",
    "Blood deductible: the client's share.",
    "Rare outside hospital claims.",
    "Bill the client the amount shown."
  ],
  [
    "142",
    "cost-share",
    "Monthly Medicaid patient liability: the member's own share of cost (spend-down) for the month.",
    "The Medicaid member's share of cost was not yet met this month.",
    "Collect the amount shown from the member; it is the share Medicaid requires."
  ],
  [
    "187",
    "cost-share",
    "The client's share, paid or payable from their consumer spending account (HSA, FSA, HRA).",
    "The plan applied the amount to the client's spending account.",
    "Collect it from the client (or their account card); it is not a denial."
  ],
  // contractual and informational reductions (claim-status CONTRACTUAL_REASONS): explained, never flagged
  [
    "23",
    "informational",
    "The impact of a prior payer's payment or adjustments (X12: group OA only).",
    "This is the secondary payer's calculation after the primary paid.",
    "Usually correct; check it against the primary's EOB."
  ],
  [
    "42",
    "contractual",
    "(Retired code; X12 now uses 45.) Charges exceed the fee schedule or maximum allowable amount.",
    "An older remittance format.",
    "Write it off as a contractual reduction under CO.",
    { retired: true }
  ],
  [
    "45",
    "contractual",
    "The charge exceeds the fee schedule, maximum allowable or contracted fee (X12: with CO or PR, depending on who is liable).",
    "Normal on a paid claim: the difference between your charge and the allowed amount.",
    "Under CO, write it off — the client is not billed for it. Under PR (out of network), the payer says the client owes the difference."
  ],
  [
    "59",
    "informational",
    "Processed under multiple or concurrent procedure rules.",
    "Two services the same day paid at a reduced rate.",
    "Usually correct; check the contract's multiple-procedure rule."
  ],
  [
    "94",
    "informational",
    "Processed in excess of charges.",
    "Rare; a pricing adjustment.",
    "Check the remittance arithmetic; contact the payer if it is wrong."
  ],
  [
    "104",
    "contractual",
    "Managed care withholding.",
    "Part of the payment is held back under a risk arrangement in your contract.",
    "Normal under some contracts; track it for settlement."
  ],
  [
    "131",
    "contractual",
    "A negotiated discount specific to this claim.",
    "A single-case or repricing agreement applied a discount.",
    "Check it matches the agreement; write it off under CO."
  ],
  [
    "144",
    "contractual",
    "An incentive adjustment (for example a preferred service).",
    "A contract incentive program changed the payment.",
    "Nothing to do; check it against the contract."
  ],
  [
    "253",
    "informational",
    "Sequestration: the federal reduction of Medicare payments.",
    "The standard 2% Medicare reduction (Medicare Advantage plans may pass it on).",
    "Write it off; it is not a denial."
  ],
  [
    "A2",
    "contractual",
    "(Retired code.) Contractual adjustment.",
    "An older remittance format.",
    "Write it off under CO.",
    { retired: true }
  ],
  // denials
  [
    "4",
    D,
    "The procedure code does not fit the modifier used (a missing modifier usually comes with remark N822, an invalid one with N823).",
    "Telehealth modifiers (95, GT, 93, FQ) missing or not the one this payer wants.",
    "Check the payer's telehealth rule and correct the modifier.",
    corrected
  ],
  [
    "5",
    D,
    "The procedure code (or type of bill) does not fit the place of service.",
    "Telehealth billed with an office place of service (11), or POS 02 where the payer wants 10 (client at home).",
    "Use the place of service that matches where the client was: 10 at home, 02 elsewhere (unless the payer says otherwise).",
    corrected
  ],
  [
    "6",
    D,
    "The procedure does not fit the patient's age.",
    "A child/adolescent code or an adult-only service on the wrong age, or a wrong date of birth.",
    "Check the date of birth on file and the code; correct whichever is wrong.",
    corrected
  ],
  [
    "8",
    D,
    "The procedure code does not fit the rendering provider's type or specialty (taxonomy).",
    "The clinician's taxonomy is not one the payer allows for the code (e.g. testing or E/M codes billed under a counselor's taxonomy).",
    "Check the rendering taxonomy on the claim against the payer's records; correct it if wrong, else bill the service under a provider type allowed to perform it.",
    corrected
  ],
  [
    "9",
    D,
    "The diagnosis does not fit the patient's age in the payer's edits.",
    "Most often a wrong date of birth. ADHD (F90.-) and the other F90-F98 codes may be used at any age under ICD-10-CM, so an adult with F90.x is not by itself an error.",
    "Check the date of birth first; if it is right and the diagnosis is in F90-F98, ask the payer to reprocess, citing the ICD-10-CM note at F90-F98.",
    { corrected: true, also: [ICD10CM_F90_F98] }
  ],
  [
    "11",
    D,
    "The diagnosis does not fit the procedure.",
    "A diagnosis the payer does not accept with psychotherapy: a Z code alone, a header code (F32, F43.1), or the wrong diagnosis pointer.",
    "Bill the specific, billable F-code the record supports and point the line to it.",
    corrected
  ],
  [
    "12",
    D,
    "The diagnosis does not fit the provider type.",
    "The payer ties the diagnosis to certain provider types (e.g. a medical or neurodevelopmental diagnosis billed by a counselor).",
    "Check the diagnosis and the rendering provider on the claim; correct whichever is wrong, or ask the payer which provider types may treat it.",
    corrected
  ],
  [
    "15",
    D,
    "(Retired code; X12 now uses 197, 284 or 296.) The authorization number is missing, invalid, or does not apply to the services or provider.",
    "Auth number left off the claim, or it belongs to another code, provider or date range.",
    "Put the right authorization number on the claim (PayerLens lists the client's authorizations).",
    { corrected: true, retired: true }
  ],
  [
    "16",
    D,
    "The claim lacks information or has a submission/billing error; a remark code names what.",
    "Missing rendering NPI, taxonomy, address or another field.",
    "Read the remark code and fix that field — this is a correction, not an appeal.",
    corrected
  ],
  [
    "18",
    D,
    "Exact duplicate of a claim or service already received (X12: group OA).",
    "The same date, code and client sent again — often a correction sent as a second original claim instead of a replacement.",
    "Check the first claim's status: if it is paid or in process, do nothing. If this one was meant to correct it, send the correction the way the payer takes it; if the payer wrongly called it a duplicate (a second session that day), say so with the distinct codes or times.",
    corrected
  ],
  [
    "19",
    D,
    "The injury or illness is work-related: the workers' compensation carrier is liable.",
    "The payer thinks another coverage is responsible.",
    "Confirm with the client; bill the right carrier or send proof it is not work-related."
  ],
  [
    "22",
    D,
    "This care may be covered by another payer (coordination of benefits).",
    "The plan's records show other coverage; often the client's COB update is out of date.",
    "Ask the client to update COB with the plan, or bill the primary first and send its EOB."
  ],
  [
    "24",
    D,
    "Charges are covered under a capitation agreement or managed-care plan.",
    "The service belongs to a capitated arrangement (often an HMO or BH carve-out).",
    "Bill the managing entity named on the card, or check your contract."
  ],
  [
    "26",
    D,
    "Expenses incurred before coverage began.",
    "The client was not yet covered on the date of service.",
    "Verify eligibility for that date; bill the right coverage."
  ],
  [
    "27",
    D,
    "Expenses incurred after coverage ended.",
    "The plan ended (job change, Medicaid renewal lapse).",
    "Verify eligibility; find the new coverage."
  ],
  [
    "29",
    D,
    "The time limit for filing has expired.",
    "The claim reached the payer after its filing window (see the timely-filing table).",
    "Appeal only with proof of timely submission: the clearinghouse acceptance report with its date, or the payer's earlier claim number."
  ],
  [
    "31",
    D,
    "The payer cannot identify the patient as its insured.",
    "Member ID, name or date of birth does not match the plan's records.",
    "Check the card and correct the member ID, name or date of birth.",
    corrected
  ],
  [
    "32",
    D,
    "The patient is not an eligible dependent in the payer's records.",
    "A dependent aged off or was removed from the policy.",
    "Verify with the subscriber; bill the right coverage."
  ],
  [
    "35",
    D,
    "The lifetime benefit maximum has been reached.",
    "Rare for therapy; some plans cap lifetime visits.",
    "Confirm with the plan; discuss self-pay with the client.",
    notice
  ],
  [
    "39",
    D,
    "Services denied when the authorization or pre-certification was requested.",
    "The payer denied the authorization request for these services.",
    "Appeal the authorization decision with clinical records.",
    notice
  ],
  [
    "40",
    D,
    "Charges do not meet the criteria for emergent or urgent care.",
    "Crisis codes billed where the payer sees routine care.",
    "Check the documentation of the crisis; appeal with notes or rebill the right code.",
    notice
  ],
  [
    "49",
    D,
    "Non-covered: a routine or preventive exam, or a screening done with one.",
    "Screening or wellness billed where the plan excludes it.",
    "Check benefits; bill a covered service only if the documentation supports it.",
    notice
  ],
  [
    "50",
    D,
    "Not covered because the payer does not deem the service medically necessary.",
    "Notes do not show impairment, goals and progress; or the frequency looks high.",
    "Appeal with the treatment plan, progress notes and measures (PHQ-9, GAD-7).",
    notice
  ],
  [
    "51",
    D,
    "Not covered as a pre-existing condition.",
    "Rare since the ACA; some short-term or grandfathered plans.",
    "Confirm the plan type; appeal citing ACA coverage if it applies.",
    notice
  ],
  [
    "54",
    D,
    "Multiple physicians or assistants are not covered in this case.",
    "Unusual in therapy; a code or modifier error.",
    "Check the codes and modifiers.",
    corrected
  ],
  [
    "55",
    D,
    "The procedure or treatment is deemed experimental or investigational by the payer.",
    "Some payers so label TMS, ketamine-assisted or newer therapies.",
    "Check the medical policy; appeal with evidence or obtain a prior authorization.",
    notice
  ],
  [
    "56",
    D,
    "The procedure or treatment has not been deemed proven effective by the payer.",
    "Treatment outside the payer's clinical guideline.",
    "Appeal with literature and the clinical rationale, or use a covered approach.",
    notice
  ],
  [
    "58",
    D,
    "The payer deems the place of service inappropriate or invalid for this treatment.",
    "Telehealth or home service billed with a place of service the plan does not accept for it.",
    "Correct the place of service if it was wrong; otherwise appeal with the reason for the setting.",
    corrected
  ],
  [
    "89",
    D,
    "Professional fees removed from charges.",
    "An institutional/professional split on a facility claim.",
    "Bill the professional part on a professional claim."
  ],
  [
    "96",
    D,
    "Non-covered charge(s); the remark code says why.",
    "The service is excluded from the plan.",
    "Read the remark code and check benefits.",
    notice
  ],
  [
    "97",
    D,
    "Included in the payment for another service already adjudicated (bundled).",
    "An add-on or a second code the payer bundles (e.g. 96127 with 90837, an E/M with 90791).",
    "Check the code-pair rules and modifiers (25, 59); the client is not billed for it."
  ],
  [
    "100",
    D,
    "Payment made to the patient, insured or responsible party.",
    "The plan paid the member (often out of network).",
    "Bill the client for the amount the plan paid them."
  ],
  [
    "107",
    D,
    "The related or qualifying claim or service was not identified on this claim.",
    "A service that depends on another (an add-on such as 90785 or 90833 without its primary code, or a follow-up that must name the first claim) did not identify it.",
    "Put the qualifying service on the same claim, or identify the related claim as the payer asks.",
    corrected
  ],
  [
    "109",
    D,
    "Not covered by this payer or contractor: the claim must go to the correct payer.",
    "Often a behavioral-health carve-out; when the medical plan says so explicitly it uses 300 (forwarded to the BH plan) or 301 (you must send it).",
    "Find the right payer on the card (e.g. Carelon, Optum, Magellan) and bill it; keep this remittance as proof of the first filing."
  ],
  [
    "110",
    D,
    "The billing date is before the service date.",
    "A date typo on the claim.",
    "Correct the dates.",
    corrected
  ],
  [
    "119",
    D,
    "The benefit maximum for this period or occurrence has been reached.",
    "Annual visit cap met (e.g. 20 or 30 therapy visits a year).",
    "Check visits used; ask the plan about an exception.",
    notice
  ],
  [
    "125",
    D,
    "(Retired code.) Submission or billing error(s); a remark code points to it.",
    "A formatting or data error.",
    "Read the remark code and correct the claim.",
    { corrected: true, retired: true }
  ],
  [
    "129",
    D,
    "Prior processing information appears incorrect: usually the other payer's payment or adjustments reported on this (secondary) claim, or the prior claim's reference, do not match this payer's records. A remark code says which.",
    "Coordination of benefits: the primary's paid amount, adjustment codes or claim number on the secondary claim differ from the primary's remittance.",
    "Compare the claim's other-payer amounts and adjustment codes with the primary's EOB/ERA and correct them.",
    corrected
  ],
  [
    "133",
    D,
    "The disposition of this service line is pending further review (X12: group OA); the payer will reverse and correct it when it decides.",
    "The payer is still reviewing (records, coordination of benefits).",
    "Nothing to appeal yet: watch the claim and send what the payer asks for."
  ],
  [
    "140",
    D,
    "The patient's or insured's health ID number and name do not match.",
    "Name spelling or ID on the claim differs from the plan's records.",
    "Match the card exactly.",
    corrected
  ],
  [
    "146",
    D,
    "The diagnosis was invalid for the date(s) of service.",
    "A deleted or not-yet-effective ICD-10-CM code (new codes start each October).",
    "Use a code valid on the date of service.",
    corrected
  ],
  [
    "149",
    D,
    "The lifetime benefit maximum for this service or benefit category has been reached.",
    "A plan's lifetime cap on a service category.",
    "Confirm with the plan; discuss self-pay with the client.",
    notice
  ],
  [
    "150",
    D,
    "The payer deems the information submitted does not support this level of service.",
    "90837 documented like a 45-minute session, or complexity not shown.",
    "Check the minutes in the note; bill the code the time supports or appeal with notes.",
    notice
  ],
  [
    "151",
    D,
    "The payer deems the information submitted does not support this many services or this frequency.",
    "More sessions per week than the payer expects without documentation.",
    "Appeal with the treatment plan explaining the frequency, or get an authorization.",
    notice
  ],
  [
    "152",
    D,
    "The payer deems the information submitted does not support this length of service.",
    "The documented session time does not support the time-based code (90837 needs 53 minutes or more; start and stop times missing).",
    "Appeal with notes that show the minutes, or bill the code the documented time supports.",
    notice
  ],
  [
    "163",
    D,
    "An attachment or other documentation referenced on the claim was not received.",
    "The claim said records were sent (PWK) but the payer never received them.",
    "Send the documentation with the attachment control number the claim referenced, then ask for reprocessing."
  ],
  [
    "167",
    D,
    "This diagnosis is not covered.",
    "The plan excludes the diagnosis — e.g. some Z codes (ICD-10-CM's name for what ICD-9 called V codes, such as Z63.0 relationship distress), or a plan's own exclusions.",
    "Check the plan's covered diagnoses; bill a different diagnosis only if the record supports it.",
    { notice: true, also: [ICD10CM_Z_CODES] }
  ],
  [
    "170",
    D,
    "Payment is denied when performed or billed by this type of provider.",
    "A provider type the plan does not credential for this service (associates, interns).",
    "Bill under a credentialed supervising provider only if the plan allows it; check credentialing."
  ],
  [
    "171",
    D,
    "Payment is denied when performed by this type of provider in this type of facility.",
    "Provider type not allowed in that setting.",
    "Check the plan's rules for that setting."
  ],
  [
    "177",
    D,
    "The patient has not met the required eligibility requirements.",
    "Eligibility conditions of the program not met.",
    "Verify eligibility and the program's requirements."
  ],
  [
    "181",
    D,
    "The procedure code was invalid on the date of service.",
    "A deleted or new CPT code used on the wrong date.",
    "Use the code valid on that date.",
    corrected
  ],
  [
    "182",
    D,
    "The procedure modifier was invalid on the date of service.",
    "An outdated or unrecognised modifier.",
    "Use a valid modifier.",
    corrected
  ],
  [
    "183",
    D,
    "The referring provider is not eligible to refer the service billed.",
    "Referral came from a provider the plan does not accept.",
    "Get a valid referral and correct the referring provider.",
    corrected
  ],
  [
    "185",
    D,
    "The rendering provider is not eligible to perform the service billed.",
    "The clinician is not credentialed, or the license type cannot bill it.",
    "Check credentialing and who is listed as rendering; correct the rendering provider if it was wrong.",
    corrected
  ],
  [
    "189",
    D,
    "A 'not otherwise classified' or unlisted code was billed when a specific code exists.",
    "An unlisted code used where a CPT code exists.",
    "Bill the specific code.",
    corrected
  ],
  [
    "197",
    D,
    "Precertification, authorization or notification absent.",
    "The session needed an authorization the payer has no record of for that date.",
    "Check PayerLens for an authorization covering the date; send it, or request a retro-authorization."
  ],
  [
    "198",
    D,
    "Precertification, notification, authorization or pre-treatment exceeded.",
    "More sessions or units than approved, or after the end date.",
    "Request more visits or an extension; PayerLens shows visits used and the end date."
  ],
  [
    "199",
    D,
    "The revenue code and procedure code do not match.",
    "On institutional claims, a revenue/CPT mismatch.",
    "Correct the revenue code.",
    corrected
  ],
  [
    "204",
    D,
    "This service, equipment or drug is not covered under the patient's current benefit plan.",
    "The plan excludes the service (e.g. couples therapy without a diagnosis).",
    "Check benefits; appeal only if the plan's documents cover it.",
    notice
  ],
  ["206", D, "National Provider Identifier missing.", "No NPI in a required field.", "Add the NPI.", corrected],
  [
    "208",
    D,
    "National Provider Identifier not matched.",
    "The NPI does not match the provider on file with the payer.",
    "Check which NPI (individual or group) the payer has and correct it.",
    corrected
  ],
  [
    "210",
    D,
    "Payment adjusted because the pre-certification or authorization was not received in time.",
    "The authorization was requested after the plan's deadline (e.g. notification within a set number of days of the first session).",
    "Check the plan's notification deadline; appeal with proof of when it was requested if it was in time."
  ],
  [
    "222",
    D,
    "Exceeds the contracted maximum hours, days or units for this provider in the period (not client-specific).",
    "Units above a contracted cap.",
    "Check the contract limit; bill within it or ask for an exception."
  ],
  [
    "226",
    D,
    "Information requested from the billing or rendering provider was not provided, not provided in time, or incomplete.",
    "A records request went unanswered.",
    "Send the requested records and ask for reprocessing."
  ],
  [
    "227",
    D,
    "Information requested from the patient or insured was not provided or was incomplete.",
    "The plan asked the client (e.g. an other-coverage questionnaire).",
    "Ask the client to answer the plan, then ask for reprocessing."
  ],
  [
    "231",
    D,
    "Mutually exclusive procedures cannot be done on the same day or in the same setting.",
    "Two codes the payer treats as alternatives (e.g. 90791 with 90832–90837 the same day, or 90846 with 90847).",
    "Bill the one service documented; if the services were distinct and a modifier applies, correct the claim and keep the documentation.",
    corrected
  ],
  [
    "234",
    D,
    "This procedure is not paid separately; a remark code explains.",
    "Bundled into another service.",
    "The client is not billed for it; check whether a modifier applies."
  ],
  [
    "236",
    D,
    "Not compatible with another procedure or procedure/modifier combination the same day under NCCI (or a workers' compensation rule).",
    "An NCCI procedure-to-procedure edit, e.g. 90785 with 90839, or an E/M with 90791 without modifier 25.",
    "If the services were separate and the edit allows a modifier, correct the modifier; otherwise it stays denied. Never bill the client: an NCCI denial cannot be shifted to the patient, not even with an ABN.",
    { corrected: true, also: [CMS_NCCI] }
  ],
  [
    "242",
    D,
    "Services not provided by network or primary care providers.",
    "Out-of-network clinician on a plan without out-of-network benefits.",
    "Check network status; ask for a single-case agreement, or give the client a superbill.",
    notice
  ],
  [
    "243",
    D,
    "Services not authorized by network or primary care providers.",
    "A referral from the PCP is required (HMO).",
    "Get the referral and add it to the claim.",
    corrected
  ],
  [
    "251",
    D,
    "The attachment or documentation received was incomplete or deficient; what is needed is still missing (a remark code says what).",
    "Notes sent without the part the payer asked for (signature, times, treatment plan).",
    "Send the missing pieces the remark code names and ask for reprocessing."
  ],
  [
    "252",
    D,
    "An attachment or other documentation is required to adjudicate this claim.",
    "The payer wants notes, a treatment plan or a form with the claim.",
    "Send the documentation the remark code names."
  ],
  [
    "256",
    D,
    "Service not payable under the managed care contract.",
    "Your contract with the plan (often Medicaid managed care) does not include this service.",
    "Check the contract and the plan's rules; bill a contracted service if documentation supports it."
  ],
  [
    "272",
    D,
    "Coverage or program guidelines were not met.",
    "A payer guideline (frequency, documentation) not met.",
    "Read the payer policy; correct or appeal with records.",
    notice
  ],
  [
    "273",
    D,
    "Coverage or program guidelines were exceeded.",
    "More sessions than the plan's guideline allows in the period.",
    "Check the guideline and the visits used; appeal with the treatment plan or ask for an exception.",
    notice
  ],
  [
    "275",
    D,
    "The prior payer's patient responsibility (deductible, coinsurance, copay) is not covered by this payer (X12: group PR).",
    "The secondary plan does not pay the primary's cost share.",
    "The client owes the primary's cost share — unless the client is a Medicaid member or QMB, who may not be billed for it."
  ],
  [
    "276",
    D,
    "Services the prior payer denied are not covered by this payer either.",
    "The secondary follows the primary's denial.",
    "If the primary's denial was wrong, appeal with the primary first; this payer follows it."
  ],
  [
    "279",
    D,
    "Services not provided by the plan's preferred (narrow) network providers.",
    "The client's plan limits them to a narrow network you are not in.",
    "Check the client's network; ask for a single-case agreement or discuss self-pay.",
    notice
  ],
  [
    "284",
    D,
    "The authorization number may be valid but does not apply to the billed services.",
    "The authorization lists 90834 and the claim billed 90837, or it covers another service type.",
    "Compare the authorization's codes with the claim; correct the claim if the authorization covers the service, otherwise ask the payer to amend the authorization."
  ],
  [
    "285",
    D,
    "Appeal procedures not followed.",
    "The appeal went to the wrong address or level, without the form or the required documents.",
    "Read the plan's appeal instructions and send the appeal properly within the deadline."
  ],
  [
    "286",
    D,
    "Appeal time limits not met.",
    "The appeal arrived after the plan's deadline.",
    "Only proof that the appeal was sent in time helps."
  ],
  [
    "288",
    D,
    "Referral absent.",
    "A referral-required plan (HMO) had no referral on file for the service.",
    "Get the PCP referral covering the date and add it to the claim.",
    corrected
  ],
  [
    "296",
    D,
    "The authorization number may be valid but does not apply to the provider.",
    "The authorization was issued to another clinician, or to the group where the payer wants the individual (or the reverse).",
    "Ask the payer to correct the provider on the authorization, or bill under the provider named on it if that provider rendered the service."
  ],
  [
    "300",
    D,
    "The medical plan received the claim, has no benefits for it, and forwarded it to the patient's behavioral-health plan.",
    "A behavioral-health carve-out: the medical plan sends mental-health claims to another company.",
    "Do not resubmit yet: watch for the behavioral-health plan's decision, and bill that plan directly if none arrives."
  ],
  [
    "301",
    D,
    "The medical plan received the claim and has no benefits for it: submit it to the patient's behavioral-health plan.",
    "A behavioral-health carve-out; this plan did not forward the claim.",
    "Bill the behavioral-health administrator named on the card (Carelon, Optum, Magellan…); keep this remittance as proof of the first filing."
  ],
  [
    "302",
    D,
    "The precertification or authorization time limit has expired.",
    "The authorization's valid period ended before the date of service.",
    "Check the authorization's end date in PayerLens; request an extension or a new authorization covering the date."
  ],
  [
    "A1",
    D,
    "Claim or service denied — the general code used when no more specific one applies; the remark code says why.",
    "Any reason; only the remark code tells.",
    "Read the remark code; PayerLens explains it below."
  ],
  [
    "B1",
    D,
    "Non-covered visits.",
    "The plan does not cover this kind of visit.",
    "Check benefits; discuss self-pay with the client.",
    notice
  ],
  [
    "B7",
    D,
    "This provider was not certified or eligible to be paid for this service on this date.",
    "Credentialing gap: the clinician's effective date is after the session.",
    "Check credentialing dates; resubmit after the effective date is corrected, or appeal with the approval."
  ],
  [
    "B9",
    D,
    "The patient is enrolled in a hospice.",
    "Services related to the terminal illness belong to hospice.",
    "Bill the hospice, or show the service is unrelated."
  ],
  [
    "B11",
    D,
    "Transferred to the proper payer or processor; not covered by this one.",
    "The claim was forwarded to the right payer.",
    "Watch for the other payer's decision."
  ],
  [
    "B12",
    D,
    "Services not documented in the patient's medical records.",
    "On review, the payer found no note for the service billed.",
    "Send the signed session note for that date; a service without a note cannot be billed."
  ],
  [
    "B13",
    D,
    "Previously paid: payment for this claim or service may have been made on another claim.",
    "Already paid on another claim.",
    "Find the other payment; do not resubmit."
  ],
  [
    "B14",
    D,
    "Only one visit or consultation per physician per day is covered.",
    "Two visits by the same provider on the same day (e.g. 90791 and an E/M, or two sessions).",
    "Bill one; if the sessions were separate and the plan allows it, appeal with the notes of both."
  ],
  [
    "B15",
    D,
    "This service requires a qualifying service that has not been received or adjudicated.",
    "An add-on without its primary service paid.",
    "Fix the primary service's claim first."
  ],
  [
    "B16",
    D,
    "'New patient' qualifications were not met.",
    "New-patient code used for an established client.",
    "Bill the established-patient code.",
    corrected
  ],
  [
    "B20",
    D,
    "The service was partially or fully furnished by another provider.",
    "Another provider billed the same service.",
    "Check who billed; appeal with documentation if you provided it."
  ],
  [
    "B22",
    D,
    "This payment is adjusted based on the diagnosis.",
    "The diagnosis changes the benefit level.",
    "Check the diagnosis on the claim."
  ]
]

function entry([code, kind, meaning, cause, fix, options = {}]: Row): CodeExplanation {
  const isCorrected = options.corrected ?? false
  return {
    code,
    kind,
    meaning,
    cause,
    fix: isCorrected ? `${fix} ${CORRECTION_IN_GENERAL}` : fix,
    corrected: isCorrected,
    notice: options.notice ?? false,
    retired: options.retired ?? false,
    source: [X12_CARC, ...(options.also ?? [])]
  }
}

/** The fix without the general corrected-claim sentence (explanations add the route for the claim at hand). */
export function fixWithoutRoute(e: Pick<CodeExplanation, "fix" | "corrected">): string {
  return e.corrected ? e.fix.slice(0, e.fix.length - CORRECTION_IN_GENERAL.length - 1) : e.fix
}

export const CARC_EXPLANATIONS: ReadonlyMap<string, CodeExplanation> = new Map(ROWS.map((r) => [r[0], entry(r)]))
