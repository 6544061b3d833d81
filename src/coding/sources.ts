// The public sources the coding rules rest on: each with its address and the sentence (or close paraphrase,
// marked so) it says. A rule names its source beside it; `npm run code`/`scrub` and the views never print these,
// they are for whoever checks a rule. CPT descriptors are the AMA's: we keep numbers and time rules only.

export type Source = { url: string; says: string }

export const SOURCES = {
  /** Novitas (Medicare MAC, JL/JH) psychotherapy time article: the time bands and the under-16-minutes rule. */
  novitasTimes: {
    url: "https://www.novitas-solutions.com/webcenter/portal/MedicareJL/pagebyid?contentId=00026768",
    says:
      "90832: Psychotherapy, 30 minutes with patient (16 to 37 minutes); 90834: ... (38 to 52 minutes); 90837: ... " +
      "(53 minutes or longer). Note: Do not report psychotherapy codes for any session lasting less than 16 minutes."
  },
  /** Same Novitas article: the E/M add-on forms and one unit per session. */
  novitasAddOns: {
    url: "https://www.novitas-solutions.com/webcenter/portal/MedicareJL/pagebyid?contentId=00026768",
    says:
      'The following time-based psychotherapy codes are "add-on" codes to E/M services (99202 - 99255, 99304 - ' +
      "99337, or 99341 - 99350) ... 90833 (16 to 37 minutes) 90836 (38 to 52 minutes) 90838 (53 minutes or longer). " +
      "CPT 90832, 90833, 90834, 90836, 90837 and 90838 should not be reported with a unit of service greater than " +
      "one except when performed in a Medicare partial hospitalization setting (POS 52)."
  },
  /** BCBS Illinois psychiatry/psychotherapy reimbursement policy, as reproduced by OpenPayer: pairings and crisis. */
  bcbsilPsychiatry: {
    url: "https://www.openpayer.com/policy-updates/blue-cross-blue-shield-illinois/reimbursement-payment/blue-cross-blue-shield-illinois-psychiatry-psychotherapy",
    says:
      "Interactive complexity (+90785) ... may be reported with 90791, 90792, 90832, +90833, 90834, +90836, 90837, " +
      "+90838, 90853; not to be reported with ... 90839/+90840, 90847, ... 90846 ... Crisis psychotherapy (90839) is " +
      "reported for the first 30–74 minutes and may be reported only once per day; +90840 reports each additional " +
      "30-minute increment beyond 74 minutes. ... 90791 and 90792: ... Not to be reported with 90839 or +90840. " +
      "90832, 90834, 90837: ... Not to be reported with +90833, +90836, +90838, 90839, +90840."
  },
  /** AAPC Psychiatry Coding Alert on CCI bundling of crisis with psychotherapy, and the 75th-minute threshold. */
  aapcCrisisCci: {
    url: "https://aapc.com/codes/coding-newsletters/my-psychiatry-coding-alert/reader-question-dont-overlook-cci-when-reporting-90839-with-psychotherapy-codes-142294-article",
    says:
      "The codes for psychotherapy (90832-90838) and crisis management codes (90839 ... +90840 ...) face bundling " +
      "according to Correct Coding Initiative (CCI) edits. These edits carry the modifier indicator '0' ... You " +
      "report the add-on code +90840 with 90839 only when time reaches the 75th minute."
  },
  /** Headway's crisis guide: 90839 for 30–74 minutes, 90840 beyond 74. */
  headwayCrisis: {
    url: "https://headway.co/resources/cpt-code-90839-90840",
    says:
      "This code, specifically, is used for the 30–74 minutes of crisis therapy. It can't be used in conjunction with " +
      "other psychotherapy codes, but you may add on code 90840 if your work extends beyond 74 minutes."
  },
  /** AAPC crisis quiz: a 24-minute crisis session is reported with the timed psychotherapy code. */
  aapcCrisisShort: {
    url: "https://aapc.com/codes/coding-newsletters/my-psychiatry-coding-alert/coding-quiz-test-your-crisis-psychotherapy-know-how-with-this-quiz-142720-article",
    says:
      "Hint: Be careful of situations which don't meet CPT® time requirements. ... Scenario 2: Short Crisis " +
      "Psychotherapeutic Situation ... Your clinician spends a total of 24 minutes with the patient. ... 1) 90832 " +
      "(an answer choice: the quiz's answer page was not found. CPT's own note that crisis work under 30 minutes is " +
      "reported with 90832/90833 was not found verbatim in a public copy: check)"
  },

  /** The same 30–74 / +30 structure as critical care 99291/99292, whose unit table is reproduced on AAPC. */
  aapcTimeBlocks: {
    url: "https://www.aapc.com/memberarea/forums/36312-critical-care-coding-2.html",
    says:
      "30 - 74 minutes 99291 x 1; 75 - 104 minutes 99291 x 1 and 99292 x 1; 105 - 134 minutes 99291 x1 and 99292 x 2; " +
      "135 - 164 minutes 99291 x 1 and 99292 x 3 (the same CPT time-block arithmetic as 90839/90840)"
  },
  /** CPT's parenthetical for family psychotherapy, as quoted on r/CodingandBilling; Medscape says the same. */
  familyMinimum: {
    url: "https://reddit.hcrypt.net/r/CodingandBilling/comments/1jbau8j/90847_and_h_codes",
    says: "(Do not report 90846, 90847 for family psychotherapy services less than 26 minutes)"
  },
  medscapeFamily: {
    url: "https://www.medscape.com/viewarticle/906603_3",
    says: "Because the code is defined as 50 minutes, over 25 minutes must be spent in order to bill the code."
  },
  /** AAPC myth-buster on 90785: never with crisis or family psychotherapy. */
  aapcInteractiveComplexity: {
    url: "https://aapc.com/codes/coding-newsletters/my-psychiatry-coding-alert/mythbuster-debunk-these-interactive-complexity-myths-that-could-be-costing-you-144751-article",
    says:
      "you are not allowed to use this add-on code with crisis psychotherapy codes, 90839 ... and +90840 ... You are " +
      "also not allowed to report this interactive complexity code with family psychotherapy codes, 90846 ... and 90847"
  },
  /** HCPro APCs Insider: 90785's partners, and never with an E/M alone. */
  hcproInteractiveComplexity: {
    url: "https://www.hcpro.com/HIM-289300-859/Tip-Follow-guidelines-for-reporting-Interactive-complexity.html",
    says:
      "Code 90785 should be reported with the appropriate code for: Diagnostic psychiatric evaluation (90791-90792); " +
      "Psychotherapy (90832, 90834, 90837); Psychotherapy when performed with an E/M service (90833, 90836, 90838 ...); " +
      "Group psychotherapy (90853) ... Do not report 90785 with a regular E/M code."
  },
  /** WPS LCD L34616 Psychiatry and Psychology Services: the diagnostic evaluation and E/M. */
  lcdL34616: {
    url: "https://cms.gov/medicare-coverage-database/view/lcd.aspx?lcdId=34616",
    says:
      "The following information pertains to both psychiatric diagnostic evaluation; and psychiatric diagnostic " +
      "evaluation with medical services: - Cannot be reported with an E/M code on the same day by the same provider"
  },
  /** Alma's CPT guide: one timed psychotherapy code per claim. */
  almaOneTimedCode: {
    url: "https://helloalma.com/for-providers/resources/cpt-codes-for-psychotherapy/",
    says:
      "Claims can only include one time-based psychotherapy code (90832, 90834, or 90837). Claims including more than " +
      "one of these time-based codes will automatically be denied."
  },
  /** CMS Transmittal 11045 / CR 12427: the telehealth place-of-service codes. */
  cmsPosCodes: {
    url: "https://pdf4pro.com/amp/view/cms-manual-system-61d0a0.html",
    says:
      "POS 02: Telehealth Provided Other than in Patient's Home ... Patient is not located in their home ... POS 10: " +
      "Telehealth Provided in Patient's Home ... Patient is located in their home (which is a location other than a " +
      "hospital or other facility where the patient receives care in a private residence)"
  },
  /** NGS (Medicare MAC) on modifier 95 and POS from 2024. */
  ngsModifier95: {
    url: "https://www.ngsmedicare.com/web/ngs/news-article-details?selectedArticleId=10638446",
    says:
      'billing with the modifier 95 would be allowed to continue when "the clinician is in the hospital and the ' +
      "patient is in the home, as well as for outpatient therapy services furnished via telehealth by PT, OT, or " +
      'SLP." These are the only scenarios where the usage of modifier 95 would be appropriate for billing fee-for-' +
      "service Medicare. Any other telehealth service is billed with POS 02 or 10 dependent upon where the patient is located"
  },
  /** CMS Transmittal 12671 as quoted by Compliance Cosmos: POS 02/10 paired with 93 or 95. */
  cmsTransmittal12671: {
    url: "https://compliancecosmos.org/news-briefs-june-10-2024",
    says:
      "POS 02 or POS 10 may be used and must be paired with the appropriate telehealth modifier (modifier 93 for " +
      "audio-only and modifier 95 for audio/video)."
  },
  /** CodingIntel: Medicare requires 93 for audio-only; FQHC/RHC moved from FQ to 93 in 2023. */
  codingIntelAudio: {
    url: "https://codingintel.com/telemedicine-and-covid-19-faq/",
    says:
      "The AMA has developed a new modifier, -93 for audio only services. Medicare is requiring its use in 2023. ... " +
      "Starting 1/1/23, FQHCs and RHCs should use modifier 93 for audio-only visits, replacing modifier FQ."
  },
  /** CodingIntel on Medicare audio-only mental health and the in-person visit requirement. */
  codingIntelBehavioral: {
    url: "https://codingintel.com/why-and-when-to-use-modifier-cs",
    says:
      "For audio only services, the practitioner must have the capability for audio/visual but the patient either " +
      "doesn't or prefers to do audio only. ... In-person behavioral health visit requirement. An in-person visit within six months"
  },
  /** AAPC / CMS MM10583: GT only on institutional claims of CAH Method II. */
  gtModifier: {
    url: "https://aapc.com/codes/coding-newsletters/my-health-information-compliance-alert/industry-note-cms-clarifies-telehealth-modifier-usage-159004-article",
    says: "as of October 1, 2018 modifier GT is only allowed on institutional claims billed by a Critical Access Hospital (CAH) Method II."
  },
  /** CCHP: Medicaid telehealth rules differ state by state. */
  cchpMedicaid: {
    url: "https://www.cchpca.org/topic/live-video/",
    says:
      "The most predominantly reimbursed form of telehealth modality is live video, with Medicare and every state " +
      "offering some type of live video reimbursement in their Medicaid program. However, what and how it is " +
      "reimbursed varies widely."
  },
  /** CCHP on private payers (UHC): POS 02/10, 95/GT informational, 93 required for audio-only. */
  cchpCommercial: {
    url: "https://www.ehealthvirginia.org/new-insights-into-private-payer-telehealth-policies-from-the-center-for-connected-health-policy",
    says:
      "Providers must use place of service (POS) codes 02 or 10 ... While modifiers like 95, GT, GQ, and G0 are " +
      "accepted for informational purposes, modifier 93 is required for audio-only visits."
  },
  /** Claimpower's payer roundup: Aetna does not pay audio-only with 93; Horizon wants 93/95. */
  claimpowerPayers: {
    url: "http://www.claimpower.com/telehealth-billing-updates-april-2026/",
    says:
      "Under the policy, audio-only services billed with modifier 93 are not paid ... [Horizon] allows modifier 93 " +
      "for audio-only services and modifier 95 for audio-video services, and it accepts POS 02 and POS 10."
  },
  /** CARC 197/198 and authorization counting, as the project's billing facts summarise the public X12 list. */
  authorizationDenials: {
    url: "https://x12.org/codes/claim-adjustment-reason-codes (summarised in ../shared/domain/billing-facts.md)",
    says:
      "197 no precertification/authorization/notification on file · 198 beyond the authorized visits/units/dates ... " +
      "Units are sessions or 15-minute units ... Several active authorizations per client are normal. Count usage at date of service."
  },
  /** CARC 284 (authorization valid but not for the billed service), as explained publicly. */
  carc284: {
    url: "https://denialcodeguide.com/co/284",
    says:
      "CARC 284 indicates that the precertification, authorization, notification, or pre-treatment number provided " +
      "on the claim may be valid ... but it does not cover the specific services that were billed."
  },
  /** ICD-10-CM headers are not billable (the project's data README and billing facts). */
  icd10Headers: {
    url: "https://github.com/lowlysre/icd-10-cm (scripts/icd10cm.txt, CDC/CMS tabular order, billable codes only)",
    says:
      "header rows (billable=0) are categories or subcategories and are not billable. A claim that reports a header " +
      "code (for example F32, F43.1) is denied because it lacks specificity (../shared/data/README.md)"
  }
} satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
