// The per-payer table of limits: timely filing, corrected (replacement) claims, reopening, secondary claims,
// and the appeal ladder with each level's filing window and the payer's decision window. Every default
// carries its public source; `verify: true` means the interface must say "verify against your contract"
// beside it (contracts, states and plan types change these numbers). A limit nobody published is null with
// `source: null`: the clock says so instead of guessing. The options page edits them through overrides.
import { z, type Infer } from "../model/zod"
import { PAYER_FAMILIES, type PayerFamily } from "./payer-family"
import { days, businessDays, months, PERIOD_UNITS, type Period } from "./period"
import * as S from "./sources"
import type { Source } from "./sources"

/** What a clock counts from. */
export type ClockStart =
  /** the date of service (the claim's first date of service) */
  | "service"
  /** the date on the notice being contested: the claim's processed date, or the last appeal decision's date */
  | "determination"
  /** the claim's original processed date, whichever level is being filed (UnitedHealthcare's 12 months for both steps) */
  | "initial-determination"
  /** the primary payer's EOB / remittance date (a secondary claim) */
  | "primary-eob"
  /** the date a request was sent (a payer's decision window) */
  | "sent"

export type Rule = {
  /** null: no published default; the clock is not computed */
  period: Period | null
  from: ClockStart
  /** days a rule presumes the notice takes to arrive: the period counts from notice date + this (Medicare: 5) */
  receiptDays?: number
  /** a second clock; the deadline is whichever of the two is later (NY Medicaid's 60 days after a return) */
  orLater?: Rule
  source: Source | null
  /** the interface must say "verify against your contract" beside this value */
  verify: boolean
  note?: string
  /** the user set this value in options */
  edited?: boolean
}

export const APPEAL_LEVELS = [
  "reopening",
  "reconsideration",
  "first-appeal",
  "second-appeal",
  "external-review"
] as const
export type AppealLevel = (typeof APPEAL_LEVELS)[number]

export const APPEAL_LEVEL_NAMES: Record<AppealLevel, string> = {
  reopening: "Reopening",
  reconsideration: "Reconsideration / redetermination",
  "first-appeal": "First-level appeal",
  "second-appeal": "Second-level appeal",
  "external-review": "External review"
}

export type AppealStep = {
  level: AppealLevel
  /** the payer's own name for the level */
  label: string
  /** the window to file it */
  file: Rule
  /** how long the payer has to decide, counted from the date sent; null when not published */
  decide: Rule | null
  /** may be filed straight from the claim's determination, without the step before (Aetna's appeals) */
  direct?: boolean
  /** the payer forwards it on its own (Medicare Advantage's Independent Review Entity): nothing to file */
  automatic?: boolean
}

export type Replacement = { accepted: true; rule: Rule } | { accepted: false; why: string; source: Source }

export type PayerRules = {
  family: PayerFamily
  name: string
  /** a new claim, from the date of service */
  timelyFiling: Rule
  /** a claim the payer returned unprocessed, resubmitted (whichever is later with timely filing) */
  rejectedResubmission?: Rule
  replacement: Replacement
  /** Medicare's reopening for clerical errors; null where the payer has none in this table */
  reopening: Rule | null
  /** this payer as the secondary payer, after the primary's EOB */
  secondary: Rule
  /** the appeal levels in order */
  appeals: AppealStep[]
}

export type PayerTable = Readonly<Record<PayerFamily, PayerRules>>

const rule = (
  period: Period | null,
  from: ClockStart,
  source: Source | null,
  verify: boolean,
  extra: Partial<Rule> = {}
): Rule => ({
  period,
  from,
  source,
  verify,
  ...extra
})

const NOT_PUBLISHED = "No public default found: check the payer's provider manual or your contract."
const unknown = (from: ClockStart, note = NOT_PUBLISHED): Rule => rule(null, from, null, true, { note })

const EXTERNAL_REVIEW: AppealStep = {
  level: "external-review",
  label: "External review (independent reviewer)",
  file: rule(months(4), "determination", S.EXTERNAL_REVIEW_4_MONTHS, true, {
    note: "The member's right after the final internal denial (the provider files as the member's authorized representative); the federal process gives 4 months, state programs differ."
  }),
  decide: null
}

const MEDICARE: PayerRules = {
  family: "medicare",
  name: "Medicare (Part B)",
  timelyFiling: rule(months(12), "service", S.MEDICARE_TIMELY_FILING, false),
  replacement: {
    accepted: false,
    why: "Medicare Part B takes no replacement claim (frequency 7): a processed claim is corrected by a reopening (clerical errors) or a redetermination.",
    source: S.MEDICARE_NO_REPLACEMENT
  },
  reopening: rule(months(12), "determination", S.MEDICARE_REOPENING, false, {
    note: "Clerical errors and minor omissions (codes, modifiers, units, dates); not while an appeal of the claim is pending."
  }),
  secondary: rule(months(12), "service", S.MEDICARE_TIMELY_FILING, false, {
    note: "Medicare as the secondary payer keeps its 12 months from the date of service."
  }),
  appeals: [
    {
      level: "reconsideration",
      label: "Redetermination by the MAC (level 1)",
      file: rule(days(120), "determination", S.MEDICARE_REDETERMINATION, false, { receiptDays: 5 }),
      decide: rule(days(60), "sent", S.MEDICARE_REDETERMINATION_DECISION, false, {
        note: "60 days from the MAC's receipt: counted here from the date sent, so it is never later than the real date."
      })
    },
    {
      level: "second-appeal",
      label: "Reconsideration by a QIC (level 2)",
      file: rule(days(180), "determination", S.MEDICARE_QIC, false, { receiptDays: 5 }),
      decide: rule(days(60), "sent", S.MEDICARE_QIC_DECISION, false)
    },
    {
      level: "external-review",
      label: "ALJ hearing (level 3)",
      file: rule(days(60), "determination", S.MEDICARE_ALJ, false, {
        receiptDays: 5,
        note: "Only when the amount in controversy meets the year's threshold."
      }),
      decide: rule(days(90), "sent", S.MEDICARE_ALJ, false)
    }
  ]
}

const MEDICARE_ADVANTAGE: PayerRules = {
  family: "medicare-advantage",
  name: "Medicare Advantage plan",
  timelyFiling: rule(days(90), "service", S.MA_CONTRACTED_90, true, {
    note: "Contracted limits, not Original Medicare's 12 months: Anthem and BCBSMA write 90 days for Medicare Advantage; other plans differ."
  }),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [
    {
      level: "reconsideration",
      label: "Plan reconsideration (Part C level 1)",
      file: rule(days(65), "determination", S.MA_RECONSIDERATION_65, true, {
        note: "65 days from the notice for members and non-contracted providers (with a waiver of liability) since 2025 (60 before); contracted providers use the plan's dispute process."
      }),
      decide: rule(days(60), "sent", S.MA_RECONSIDERATION_DECISION, true, { note: "60 days for payment requests." })
    },
    {
      level: "second-appeal",
      label: "Independent Review Entity (level 2, automatic)",
      file: rule(null, "determination", S.MA_RECONSIDERATION_DECISION, true, {
        note: "The plan forwards an unfavorable reconsideration to the IRE itself: nothing to file."
      }),
      decide: null,
      automatic: true
    },
    {
      level: "external-review",
      label: "ALJ hearing (level 3)",
      file: rule(days(60), "determination", S.MA_ALJ, true, {
        note: "Only when the amount in controversy meets the year's threshold."
      }),
      decide: null
    }
  ]
}

const MEDICAID_NY: PayerRules = {
  family: "medicaid-ny",
  name: "New York Medicaid (eMedNY)",
  timelyFiling: rule(days(90), "service", S.NY_MEDICAID_90, false),
  rejectedResubmission: rule(days(60), "determination", S.NY_MEDICAID_RETURNED, false, {
    note: "A claim returned for missing or invalid data: 60 days from the notice, on the first resubmission."
  }),
  replacement: {
    accepted: true,
    rule: unknown("determination", "Adjustments follow the NYS Medicaid billing guidelines: check eMedNY.")
  },
  reopening: null,
  secondary: rule(days(90), "service", S.NY_MEDICAID_90, true, {
    orLater: rule(days(30), "primary-eob", S.NY_MEDICAID_90, true),
    note: "After another insurer: within 30 days of the primary's decision when that is later than 90 days from the date of service, with delay reason."
  }),
  appeals: [
    {
      level: "first-appeal",
      label: "Appeal",
      file: unknown("determination", "Check the NYS Medicaid (eMedNY) billing guidelines."),
      decide: null
    }
  ]
}

const MEDICAID_OTHER: PayerRules = {
  family: "medicaid",
  name: "Medicaid (other states and managed care plans)",
  timelyFiling: rule(days(90), "service", null, true, {
    note: "States set their own limits (NY 90 days, Washington 365 days, Maryland 12 months); Medicaid managed care plans set theirs. 90 days is the shortest found, so a reminder comes early rather than late."
  }),
  replacement: { accepted: true, rule: unknown("determination", "Check the state's (or plan's) billing manual.") },
  reopening: null,
  secondary: unknown("primary-eob", "Check the state's (or plan's) billing manual."),
  appeals: [
    {
      level: "first-appeal",
      label: "Appeal",
      file: unknown("determination", "Check the state's (or plan's) billing manual."),
      decide: null
    }
  ]
}

const UNITEDHEALTHCARE: PayerRules = {
  family: "unitedhealthcare",
  name: "UnitedHealthcare",
  timelyFiling: rule(days(90), "service", S.UHC_TIMELY_FILING, true),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: rule(days(90), "primary-eob", S.UHC_TIMELY_FILING, true),
  appeals: [
    {
      level: "reconsideration",
      label: "Claim reconsideration (step 1)",
      file: rule(months(12), "determination", S.UHC_RECONSIDERATION, true),
      decide: null
    },
    {
      level: "first-appeal",
      label: "Claim appeal (step 2)",
      file: rule(months(12), "initial-determination", S.UHC_RECONSIDERATION, true, {
        note: "The 12 months from the original EOB cover both steps."
      }),
      decide: null
    },
    EXTERNAL_REVIEW
  ]
}

const OPTUM_BH: PayerRules = {
  family: "optum-bh",
  name: "Optum Behavioral Health (UBH)",
  timelyFiling: rule(days(90), "service", null, true, {
    note: "No public Optum behavioral manual text was found; 90 days (UnitedHealthcare's participation default) is a starting point."
  }),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [{ level: "first-appeal", label: "Appeal", file: unknown("determination"), decide: null }, EXTERNAL_REVIEW]
}

const CIGNA: PayerRules = {
  family: "cigna",
  name: "Cigna",
  timelyFiling: rule(days(90), "service", S.CIGNA_TIMELY_FILING, true, {
    note: "Participating providers; 180 days out of network."
  }),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: rule(days(90), "primary-eob", S.CIGNA_SECONDARY, true),
  appeals: [
    {
      level: "first-appeal",
      label: "Payment appeal (single level)",
      file: rule(days(180), "determination", S.CIGNA_APPEAL, true, { note: "90 days for Cigna Medicare customers." }),
      decide: null
    },
    EXTERNAL_REVIEW
  ]
}

const AETNA: PayerRules = {
  family: "aetna",
  name: "Aetna",
  timelyFiling: rule(days(120), "service", S.AETNA_TIMELY_FILING, true, { note: "Texas: 95 days." }),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [
    {
      level: "reconsideration",
      label: "Reconsideration",
      file: rule(days(180), "determination", S.AETNA_DISPUTES, true),
      decide: rule(businessDays(45), "sent", S.AETNA_DISPUTES, true)
    },
    {
      level: "first-appeal",
      label: "Appeal (level 1)",
      file: rule(days(60), "determination", S.AETNA_DISPUTES, true, {
        note: "180 days for utilization-review and medical-necessity appeals."
      }),
      decide: rule(businessDays(60), "sent", S.AETNA_DISPUTES, true),
      direct: true
    },
    {
      level: "second-appeal",
      label: "Appeal (level 2, practitioners)",
      file: rule(days(60), "determination", S.AETNA_LEVEL_2, true),
      decide: rule(businessDays(30), "sent", S.AETNA_LEVEL_2, true)
    },
    EXTERNAL_REVIEW
  ]
}

const ANTHEM: PayerRules = {
  family: "anthem",
  name: "Anthem (Elevance) Blue Cross Blue Shield",
  timelyFiling: rule(days(90), "service", S.ANTHEM_TIMELY_FILING, true),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [
    {
      level: "reconsideration",
      label: "Claim payment reconsideration (step 1)",
      file: rule(months(12), "determination", S.ANTHEM_RECONSIDERATION, true),
      decide: null
    },
    {
      level: "first-appeal",
      label: "Claim payment appeal (step 2)",
      file: rule(days(90), "determination", S.ANTHEM_APPEAL, true),
      decide: null
    },
    EXTERNAL_REVIEW
  ]
}

const BLUE_PLAN: PayerRules = {
  family: "blue-plan",
  name: "Blue Cross / Blue Shield plan (not Anthem)",
  timelyFiling: rule(days(90), "service", S.BLUE_PLANS_VARY, true, {
    note: "Each Blue plan sets its own limit (BCBSMA 90 days, BCBSIL 180, BCBSAZ one year); 90 days keeps the reminder early."
  }),
  replacement: {
    accepted: true,
    rule: rule(months(12), "determination", S.BLUE_PLANS_VARY, true, {
      note: "BCBSMA's rule; other Blue plans differ."
    })
  },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [{ level: "first-appeal", label: "Appeal", file: unknown("determination"), decide: null }, EXTERNAL_REVIEW]
}

const CARELON: PayerRules = {
  family: "carelon",
  name: "Carelon Behavioral Health (Beacon)",
  timelyFiling: rule(days(90), "service", S.CARELON_PA, true, {
    note: "From Carelon's Pennsylvania manual; its national and other state handbooks may differ."
  }),
  replacement: { accepted: true, rule: unknown("determination") },
  reopening: null,
  secondary: unknown("primary-eob"),
  appeals: [{ level: "first-appeal", label: "Appeal", file: unknown("determination"), decide: null }, EXTERNAL_REVIEW]
}

/** The defaults, one row per payer family. */
export const DEFAULT_PAYER_TABLE: PayerTable = {
  medicare: MEDICARE,
  "medicare-advantage": MEDICARE_ADVANTAGE,
  "medicaid-ny": MEDICAID_NY,
  medicaid: MEDICAID_OTHER,
  unitedhealthcare: UNITEDHEALTHCARE,
  "optum-bh": OPTUM_BH,
  cigna: CIGNA,
  aetna: AETNA,
  anthem: ANTHEM,
  "blue-plan": BLUE_PLAN,
  carelon: CARELON
}

// --- Overrides: what the options page stores ---

/** The editable values of a row: the filing rules, and each appeal level's filing and decision windows. */
export const RULE_KEYS = [
  "timelyFiling",
  "rejectedResubmission",
  "replacement",
  "reopening",
  "secondary",
  ...APPEAL_LEVELS.flatMap((l) => [`${l}.file`, `${l}.decide`] as const)
] as const
export type RuleKey = (typeof RULE_KEYS)[number]

export const PeriodSchema = z.strictObject({ amount: z.number().int().positive(), unit: z.enum(PERIOD_UNITS) })
const FamilyOverrides = z.strictObject(
  Object.fromEntries(RULE_KEYS.map((k) => [k, PeriodSchema.optional()])) as Record<
    RuleKey,
    ReturnType<typeof PeriodSchema.optional>
  >
)
/** `{ aetna: { timelyFiling: { amount: 90, unit: "days" } } }`: unknown payers or keys are refused by name. */
export const PayerRuleOverrides = z.strictObject(
  Object.fromEntries(PAYER_FAMILIES.map((f) => [f, FamilyOverrides.optional()])) as Record<
    PayerFamily,
    ReturnType<typeof FamilyOverrides.optional>
  >
)
export type PayerRuleOverrides = Infer<typeof PayerRuleOverrides>

const edit = (r: Rule, period: Period | undefined): Rule =>
  period ? { ...r, period, edited: true, verify: false, orLater: undefined } : r

/** The table with the user's values in place of the defaults. An edited value keeps its public source for
 * reference and drops `verify` (the user set it from their contract). */
export function payerTable(overrides: PayerRuleOverrides = {}): PayerTable {
  const table = { ...DEFAULT_PAYER_TABLE }
  for (const family of PAYER_FAMILIES) {
    const o = overrides[family]
    if (!o) continue
    const base = DEFAULT_PAYER_TABLE[family]
    table[family] = {
      ...base,
      timelyFiling: edit(base.timelyFiling, o.timelyFiling),
      rejectedResubmission: base.rejectedResubmission && edit(base.rejectedResubmission, o.rejectedResubmission),
      replacement:
        base.replacement.accepted && o.replacement
          ? { accepted: true, rule: edit(base.replacement.rule, o.replacement) }
          : base.replacement,
      reopening: base.reopening && edit(base.reopening, o.reopening),
      secondary: edit(base.secondary, o.secondary),
      appeals: base.appeals.map((step) => ({
        ...step,
        file: edit(step.file, o[`${step.level}.file`]),
        decide: step.decide
          ? edit(step.decide, o[`${step.level}.decide`])
          : o[`${step.level}.decide`]
            ? edit(rule(null, "sent", null, true), o[`${step.level}.decide`])
            : null
      }))
    }
  }
  return table
}
