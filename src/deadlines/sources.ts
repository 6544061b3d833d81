// The public sources behind every default in the payer table: where each limit was read and the sentence it
// rests on. Payer pages change; every commercial default is also marked "verify against your contract".
import type { Source } from "../codes/sources"

export type { Source }

const source = (name: string, url: string, says: string): Source => ({ name, url, says })

// --- Original Medicare (Part B) ---

export const MEDICARE_TIMELY_FILING = source(
  "42 CFR 424.44 / CMS manual ch. 1 §70",
  "https://medicare.fcso.com/node/5026",
  "First Coast (MAC), citing CMS IOM Pub. 100-04 ch. 1 §70 and 42 CFR 424.44: claims must be filed no later than 12 months (one calendar year) after the date of service; claims rejected as unprocessable are not considered filed; a February 29 date of service must be filed by February 28 of the following year; for Part B span dates the 'From' date counts."
)

export const MEDICARE_REDETERMINATION = source(
  "CMS first level of appeal",
  "https://www.cms.gov/Medicare/Appeals-and-Grievances/OrgMedFFSAppeals/RedeterminationbyaMedicareContractor.html",
  "The appellant has 120 days from the date of receipt of the initial claim determination to file a redetermination request. The notice of initial determination is presumed to be received 5 calendar days after the date of the notice, unless there is evidence to the contrary."
)

export const MEDICARE_REDETERMINATION_DECISION = source(
  "CGS redetermination reminders",
  "https://cgsmedicare.com/hhh/appeals/mrns.html",
  "CGS processes Redetermination Requests within 60 days of receipt; the MMA requires 100% of redeterminations to be completed and mailed within 60 days of the receipt of the request (Pub. 100-04 ch. 29)."
)

export const MEDICARE_QIC = source(
  "CMS second level of appeal",
  "https://www.cms.gov/Medicare/Appeals-and-Grievances/OrgMedFFSAppeals/ReconsiderationbyaQualifiedIndependentContractor.html",
  "The appellant has 180 days from the date of receipt of the redetermination decision to file a reconsideration request. The redetermination decision is presumed to be received 5 days after the date on the notice unless there is evidence to the contrary."
)

export const MEDICARE_QIC_DECISION = source(
  "Medicare.gov level 2",
  "https://www.medicare.gov/claims-appeals/file-an-appeal/appeals-level-2-qualified-independent-contractor-qic-reconsideration",
  "In most cases, the QIC will send a written response called a 'Medicare Reconsideration Notice' about 60 days after the QIC gets the appeal request; if the QIC doesn't issue a timely decision, you may ask it to move the case to the next level."
)

export const MEDICARE_ALJ = source(
  "42 CFR 405.1002 / CMS third level",
  "https://www.cms.gov/Medicare/Appeals-and-Grievances/OrgMedFFSAppeals/HearingsALJ.html",
  "A party to the reconsideration may request an ALJ hearing within 60 days of receipt of the reconsideration decision (42 CFR 405.1002: receipt presumed 5 calendar days after the date of the reconsideration), if the amount remaining in controversy meets the yearly threshold. The ALJ will generally issue a decision within 90 days of receipt of the hearing request."
)

export const MEDICARE_REOPENING = source(
  "CMS manual ch. 34 §10.6.2 (NGS)",
  "https://ngsmedicare.com/web/ngs/search-details?selectedArticleId=3998016",
  "CMS Pub. 100-04 ch. 34 §10.6.2: a party may ask the contractor to reopen and revise its initial determination or redetermination within one year from the date of the initial determination or redetermination for any reason, or within four years for good cause. Clerical errors (42 CFR 405.980(a)(3)) are corrected as reopenings, not redeterminations."
)

export const MEDICARE_NO_REPLACEMENT = source(
  "CGS Part B reopening",
  "https://www.cgsmedicare.com/partb/pubs/news/2015/0115/cope28151.html",
  "CGS Part B: a processed claim is corrected through a reopening; claims rejected as unprocessable (MA130) must be filed as a new claim and are not eligible for a reopening."
)

// --- Medicare Advantage ---

export const MA_RECONSIDERATION_65 = source(
  "CMS Parts C & D appeals guidance (11/20/2024)",
  "https://www.hhs.gov/guidance/document/medicare-managed-care-appeals-grievances",
  "The Parts C and D appeals guidance was updated for the regulatory change in the time to submit an appeal from 60 calendar days to 65 calendar days from the date of the notice, effective 01/01/2025. Non-contracted providers who sign a waiver of liability have the enrollee's Part C appeal rights; contracted providers use the plan's own dispute process."
)

export const MA_RECONSIDERATION_DECISION = source(
  "CMS Part C reconsideration",
  "https://www.cms.gov/Medicare/Appeals-and-Grievances/MMCAG/PartCRecon.html",
  "The plan must decide a standard reconsideration no later than 30 calendar days for service requests, or 60 calendar days for payment requests; an unfavorable decision goes automatically to the Part C Independent Review Entity (IRE)."
)

export const MA_ALJ = source(
  "CMS Part C ALJ hearing",
  "https://www.cms.gov/medicare/appeals-and-grievances/mmcag/alj.html",
  "After the Part C IRE's decision, a party may request an ALJ hearing within 60 calendar days from the date of the notice of the IRE's reconsideration decision, if the amount in controversy meets the threshold."
)

export const MA_CONTRACTED_90 = source(
  "Anthem notice (AAPC, 2019)",
  "https://www.aapc.com/blog/48133-anthem-changes-timely-filing-deadlines/",
  "Anthem's 2019 notice: 'Effective for all commercial and Medicare Advantage Professional Claims submitted to the plan on or after Oct. 1, 2019, your Anthem … Provider Agreement(s) will be amended to require the submission of all commercial and Medicare Advantage professional claims within ninety (90) days of the date of service.' Blue Cross Blue Shield of Massachusetts likewise lists 90 days for Medicare Advantage. Contracted limits differ by plan."
)

// --- Medicaid ---

export const NY_MEDICAID_90 = source(
  "18 NYCRR 540.6(a)(1)",
  "https://regs.health.ny.gov/content/section-5406-billing-medical-assistance",
  "Claims for payment … under the medical assistance program must be initially submitted within 90 days of the date the medical care, services or supplies were furnished … unless … delayed beyond 90 days due to circumstances outside of the control of the provider (such as attempts to recover from a third-party insurer); claims submitted after 90 days must carry the reason and be submitted within 30 days from the time submission came within the control of the provider."
)

export const NY_MEDICAID_RETURNED = source(
  "18 NYCRR 540.6(a)(2)",
  "https://regs.health.ny.gov/content/section-5406-billing-medical-assistance",
  "Any claim returned to a provider due to data insufficiency or claiming errors may be resubmitted … within 60 days of the date of the notification to the provider advising the provider of such insufficiency or invalidity."
)

// --- Commercial payers ---

export const UHC_TIMELY_FILING = source(
  "UnitedHealthcare participation agreement",
  "https://lawinsider.com/clause/time-to-file-claims/_2",
  "UnitedHealthcare participation agreements (public samples): all information necessary to process a claim must be received by United no more than 90 days from the date … outpatient Covered Services are rendered; if Payer is not the primary payer, the timely filing limit begins on the date the provider receives the claim response from the primary payer."
)

export const UHC_RECONSIDERATION = source(
  "UnitedHealthcare Administrative Guide 2021, ch. 10",
  "https://www.uhcprovider.com/en/admin-guides/administrative-guides-manuals-2021/ch10-our-claims-process-2021/claim-rec-pro-res-dis-ch10-guide.html",
  "You must submit both your reconsideration and appeal to us within 12 months (or as required by law or your Agreement), from the date of the EOB or PRA. The 2-step process allows for a total of 12 months for timely submission for both steps (Step 1: Reconsideration and Step 2: Appeals)."
)

export const CIGNA_TIMELY_FILING = source(
  "Cigna timely filing policy",
  "https://static.cigna.com/assets/chcp/resourceLibrary/clinicalReimbursementPayment/medicalClinicalReimburseWhenToFile.html",
  "Cigna will consider participating provider claims submitted three (3) months [90 days] after the date of service, or out-of-network claims six (6) months [180 days] after; in Coordination of Benefits situations, timely filing is determined from the processing date indicated on the primary carrier's EOB or EOP."
)

export const CIGNA_SECONDARY = source(
  "Cigna 90-day filing notice (SFMMS)",
  "https://sfmms.org/news-events/sfmms-blog/cigna-reduces-claim-filing-time-limit-to-90-days.aspx",
  "When Cigna is the primary insurance, claims must be received within 90 days of the date of service. When Cigna is secondary, claims must be received within 90 days of receipt of the Explanation of Payment from the primary payor."
)

export const CIGNA_APPEAL = source(
  "Cigna provider appeals",
  "https://www.cigna.com/health-care-providers/coverage-and-claims/appeals-disputes/how-to-submit",
  "Submit the appeal within 180 calendar days (90 calendar days for Medicare customers) of the date of the initial payment or denial notice or, if the appeal relates to a payment that was adjusted by Cigna Healthcare, within 180 calendar days from the date of the last payment adjustment."
)

export const AETNA_TIMELY_FILING = source(
  "Aetna OfficeLink Updates (March 2019)",
  "https://www.aetna.com/health-care-professionals/newsletters-news/office-link-updates-march-2019/news-for-you-march-2019/waivers-timely-filing-policy.html",
  "Most providers have 120 days from the date of service to file a claim. (Aetna later set 95 days for Texas from May 1, 2023; provider contracts with their own filing requirements prevail.)"
)

export const AETNA_DISPUTES = source(
  "Aetna disputes and appeals overview",
  "https://www.aetna.com/health-care-professionals/disputes-appeals/disputes-appeals-overview.html",
  "Reconsideration: within 180 calendar days of the initial claim decision; Aetna answers within 45 business days of receiving the request (depending on the matter, and if a specialty unit reviews it). Appeals: within 60 calendar days of the previous decision (180 for utilization-review and medical-necessity issues); the page lists 60 business days of receiving the request for non-Medicare appeals. Earlier versions of the page gave 3–5 or 30 business days and 60 calendar days."
)

export const AETNA_LEVEL_2 = source(
  "Aetna disputes and appeals overview (earlier version)",
  "http://www.aetna.com/health-care-professionals/disputes-appeals/disputes-appeals-overview.html",
  "Level 1 and Level 2 appeals: within 60 calendar days of the previous decision; Aetna responds within 30 business days of receiving the request. Level 2 appeals are generally available only to practitioners."
)

export const ANTHEM_TIMELY_FILING = MA_CONTRACTED_90

export const ANTHEM_RECONSIDERATION = source(
  "Anthem provider claims dispute process (GA, 2022)",
  "https://providernews.anthem.com/georgia/articles/anthem-blue-cross-and-blue-shield-anthem-provider-claims-dispute-process-11589/print",
  "You have 12 months from the issue date of the Explanation of Payment (EOP) to submit a claim payment reconsideration, unless otherwise specified in your contract."
)

export const ANTHEM_APPEAL = source(
  "Anthem Claim Payment Dispute update (ME, 2023)",
  "https://providernews.anthem.com/maine/articles/update-to-claim-payment-dispute-process-6-13014/print",
  "A Claim Payment Reconsideration must be submitted within 365 days from the date on the EOP; if you disagree with its outcome, a Claim Payment Appeal must be submitted within 90 days from the date of the determination of the Claim Payment Reconsideration, unless otherwise required by State law or your Agreement."
)

export const BLUE_PLANS_VARY = source(
  "Blue Cross Blue Shield of Massachusetts timely filing guidelines",
  "https://www.scribd.com/document/698319265/MPC-052218-1H-Timely-Filing-Guidelines",
  "BCBSMA standard agreements: 90 days from the date of service for HMO/POS, PPO and Medicare Advantage (one year for indemnity); replacement claims must be submitted within one year from the denial date of the original claim. Other Blue plans differ: BCBS of Illinois PPO 180 days (bcbsil.com, 2024), BCBS of Arizona one year (azblue.com)."
)

export const CARELON_PA = source(
  "Carelon Behavioral Health of Pennsylvania provider manual",
  "http://pa.carelon.com/providers/provider-manual/6-claim-filing-requirements/",
  "All claims must be submitted within ninety (90) days of the discharge date or date of service; claims not submitted within the 90-day timeframe will not be considered for reimbursement. (A state HealthChoices manual: Carelon's national and other state handbooks set their own limits.)"
)

export const EXTERNAL_REVIEW_4_MONTHS = source(
  "Federal external review (ACA, 45 CFR 147.136)",
  "http://handbook.citibenefitsonline.com/cit-1d2-health-prescription-drugs-eds-web-v.html",
  "A plan notice reproducing the federal rule: a request for External Review may be filed within four months after the date of receipt of the notice of an adverse benefit determination; if there is no corresponding date four months after, by the first day of the fifth month. State external review programs set their own windows (60 days to 6 months)."
)
