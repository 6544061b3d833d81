// The public sources behind every code meaning and billing rule in src/codes and src/letters: where each fact
// was checked and, in our words, what the source says. X12's own CARC/RARC wording is copyrighted, so the
// tables hold our summaries and point here for the official text.
export type Source = { name: string; url: string; says: string }

const source = (name: string, url: string, says: string): Source => ({ name, url, says })

export const X12_CARC = source(
  "X12 CARC list",
  "https://x12.org/codes/claim-adjustment-reason-codes",
  "The X12 Claim Adjustment Reason Code list (official wording and start/stop dates). Checked against a verbatim public copy of the list retrieved 2026-08-17 (407 CARCs)."
)

export const X12_RARC = source(
  "X12 RARC list",
  "https://x12.org/codes/remittance-advice-remark-codes",
  "The X12 Remittance Advice Remark Code list; codes whose text begins 'Alert:' inform and do not deny. Checked against a verbatim public copy retrieved 2026-08-17 (1,216 RARCs)."
)

export const X12_GROUPS = source(
  "X12 group codes",
  "https://x12.org/codes/claim-adjustment-group-codes",
  "Group codes: CO contractual obligation (generally a provider write-off, not billed to the patient); PR patient responsibility (may be billed to the patient); OA other adjustments (no other group applies); PI payer-initiated reduction (not the patient's responsibility, no contract behind it); CR corrections and reversals. Reproduced by ResDAC: https://resdac.org/sites/datadocumentation.resdac.org/files/Revenue%20Center%201st%20ANSI%20Code%20Code%20Table%20FFS.txt"
)

export const ECFR_447_15 = source(
  "42 CFR 447.15 (eCFR)",
  "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-447/subpart-A/section-447.15",
  "42 CFR 447.15: a Medicaid provider accepts the agency's payment plus any deductible, coinsurance or copayment the plan itself requires of the member as payment in full."
)

export const CMS_ABN = source(
  "CMS ABN",
  "https://www.cms.gov/medicare/forms-notices/beneficiary-notices-initiative/ffs-abn",
  "Advance Beneficiary Notice of Noncoverage (Form CMS-R-131) for Original Medicare: given and signed before the service; without a valid ABN when one is required, the beneficiary may not be liable and the provider may be (CMS MLN ABN tutorial: https://www.cms.gov/Outreach-and-Education/Medicare-Learning-Network-MLN/MLNProducts/ABN-Tutorial/formCMSR131tutorial111915f.html)."
)

export const CMS_NCCI = source(
  "CMS NCCI",
  "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits",
  "CMS NCCI: services denied by procedure-to-procedure edits or MUEs may not be billed to Medicare beneficiaries, and an ABN cannot be used to shift them (CMS MLN booklet 'How to Use the Medicare National Correct Coding Initiative (NCCI) Tools')."
)

export const CMS_REOPENING_CH34 = source(
  "CMS manual ch. 34 (reopening)",
  "https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c34.pdf",
  "Medicare Claims Processing Manual ch. 34 (Reopening and Revision of Claim Determinations), §10.4: clerical errors and minor errors or omissions are corrected by a reopening, outside the appeals process; a party may request one within 1 year of the initial determination."
)

export const CMS_APPEALS_CH29 = source(
  "CMS manual ch. 29 (appeals)",
  "https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c29.pdf",
  "Medicare Claims Processing Manual ch. 29 (Appeals of Claims Decisions): the first level is a redetermination by the MAC, requested in writing within 120 days of receiving the initial determination."
)

export const CMS_REDETERMINATION = source(
  "CMS redetermination",
  "https://www.cms.gov/Medicare/Appeals-and-Grievances/OrgMedFFSAppeals/RedeterminationbyaMedicareContractor.html",
  "Redetermination: 120 days from receipt of the initial determination, in writing, on Form CMS-20027 (Medicare Redetermination Request) or a letter with the beneficiary's name, Medicare number, service, date of service and signature; minor errors and omissions are no longer corrected through appeals."
)

export const NORIDIAN_REOPENING = source(
  "Noridian Part B reopening",
  "https://med.noridianmedicare.com/web/jfb/topics/appeals/reopening",
  "Noridian JF Part B: the reopening process corrects clerical errors or omissions (procedure code, modifier, diagnosis, place of service, units, dates, rendering NPI) without a formal appeal; within one year of the initial determination; by portal, phone or in writing."
)

export const CGS_PARTB_REOPENING = source(
  "CGS Part B reopening",
  "https://www.cgsmedicare.com/partb/pubs/news/2015/0115/cope28151.html",
  "CGS Part B: claims rejected as unprocessable (remark MA130) must be filed as a new claim and are not eligible for any reopening; lines cannot be added to a processed claim (file them on a new claim)."
)

export const NORIDIAN_REDETERMINATION = source(
  "Noridian redetermination",
  "https://med.noridianmedicare.com/web/jddme/claims-appeals/appeals/redetermination",
  "Noridian: unprocessable claims (MA130) cannot be appealed — correct and submit a new claim; redetermination within 120 days on the CMS-20027 form or the portal."
)

export const NUCC_1500 = source(
  "NUCC 1500 manual",
  "https://www.nucc.org/index.php/1500-claim-form-mainmenu-35/1500-instructions-mainmenu-42",
  "NUCC 1500 Reference Instruction Manual, item 22: resubmission code 7 (replacement of prior claim) or 8 (void) with the payer's original reference number (its claim control number)."
)

export const X12_REPLACEMENT = source(
  "X12 RFI 1945",
  "http://rfi.x12.org/Request/Details/1945",
  "X12 RFI #1945: a replacement claim is identified by claim frequency type code 7 (CLM05-3) and ties back to the original claim. Stedi lists 1, 7 and 8 as the 837P frequency codes (https://www.stedi.com/changelog/claim-edit-invalid-claim-frequency-code). The payer's claim control number goes in loop 2300 REF*F8 (public example: https://emrpms.blogspot.com/2021/07/x12-edi-837-submitting-corrected-claims.html; check the payer's companion guide)."
)

export const PALMETTO_PARTB_FAQ = source(
  "Palmetto GBA Part B FAQ",
  "https://palmettogba.com/palmetto/jmb.nsf/DID/SK2C2H3Y43",
  "Palmetto GBA Part B: a CO denial cannot be billed to the patient; rejections (no appeal rights on the remittance) are refiled as new claims; denials with appeal rights go to appeal."
)

export const ICD10CM_F90_F98 = source(
  "ICD-10-CM F90-F98 note",
  "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html",
  "ICD-10-CM tabular note at F90-F98: codes in these categories may be used regardless of the patient's age (onset usually in childhood, but they may continue or be diagnosed in adulthood). Reproduced at https://icdlist.com/icd-10/codes/behavioral-and-emotional-disorders-with-onset-usually-occurring-in-childhood-and-adolescence-f90-f98"
)

export const ICD10CM_Z_CODES = source(
  "ICD-10-CM Z codes",
  "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html",
  "ICD-10-CM chapter 21, Z00-Z99 'Factors influencing health status and contact with health services': the Z codes are what ICD-9-CM called V codes (e.g. Z63 family problems, Z60 social environment)."
)
