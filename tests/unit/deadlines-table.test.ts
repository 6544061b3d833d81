import { describe, expect, it } from "vitest"
import {
  addMonths,
  addPeriod,
  businessDaysAfter,
  DEFAULT_PAYER_TABLE,
  describePeriod,
  isMedicareAdvantage,
  isOtherBluePlan,
  PAYER_FAMILIES,
  payerFamily,
  payerTable,
  PayerRuleOverrides,
  type Rule
} from "../../src/deadlines"

describe("Medicare Advantage plan names", () => {
  it.each([
    "AARP Medicare Advantage from UHC",
    "UnitedHealthcare Medicare Complete",
    "UnitedHealthcare Dual Complete (HMO D-SNP)",
    "Humana Gold Plus HMO",
    "Aetna Medicare PPO",
    "Cigna MAPD",
    "Anthem MediBlue Access (PPO)",
    "Wellcare No Premium Open (PPO)",
    "Medicare HMO",
    "Blue Cross Medicare Advantage PPO",
    "Medicare Plus Blue PPO"
  ])("%s reads as Medicare Advantage", (name) => {
    expect(isMedicareAdvantage(name)).toBe(true)
    expect(payerFamily(name)).toBe("medicare-advantage")
  })
  it.each(["Medicare", "Medicare Part B", "Original Medicare", "Noridian JF Part B"])(
    "%s is Original Medicare",
    (name) => {
      expect(isMedicareAdvantage(name)).toBe(false)
      expect(payerFamily(name)).toBe("medicare")
    }
  )
  it("a Medicare Supplement (Medigap) plan is neither: no row, no guessed limit", () => {
    for (const name of ["AARP Medicare Supplement Plan G", "Mutual of Omaha Medigap"]) {
      expect(isMedicareAdvantage(name)).toBe(false)
      expect(payerFamily(name)).toBeNull()
    }
  })
  it("never gets Original Medicare's 12 months: 90 days by default, marked verify", () => {
    const ma = DEFAULT_PAYER_TABLE["medicare-advantage"].timelyFiling
    expect(ma.period).toEqual({ amount: 90, unit: "days" })
    expect(ma.verify).toBe(true)
    expect(DEFAULT_PAYER_TABLE.medicare.timelyFiling.period).toEqual({ amount: 12, unit: "months" })
  })
})

describe("Blue plan names", () => {
  it.each([
    ["Blue Cross Blue Shield of Illinois", "blue-plan"],
    ["Highmark Blue Shield", "blue-plan"],
    ["Horizon BCBSNJ", "blue-plan"],
    ["Excellus BlueCross BlueShield", "blue-plan"],
    ["Florida Blue", "blue-plan"],
    ["Anthem Blue Cross", "anthem"],
    ["Anthem Blue Cross and Blue Shield", "anthem"],
    ["Empire BlueCross BlueShield", "anthem"]
  ])("%s → %s", (name, family) => {
    expect(payerFamily(name)).toBe(family)
    expect(isOtherBluePlan(name)).toBe(family === "blue-plan")
  })
  it("other Blue plans get verify, not Anthem's limit as fact", () => {
    const blue = DEFAULT_PAYER_TABLE["blue-plan"]
    expect(blue.timelyFiling.verify).toBe(true)
    expect(blue.timelyFiling.source?.says).toMatch(/Other Blue plans differ/)
  })
})

describe("the other payer families", () => {
  it.each([
    ["NY Medicaid", null, "medicaid-ny"],
    ["New York State Medicaid", null, "medicaid-ny"],
    ["eMedNY", null, "medicaid-ny"],
    ["Medicaid", "epaces", "medicaid-ny"],
    ["Ohio Medicaid", null, "medicaid"],
    ["Medi-Cal", null, "medicaid"],
    ["UnitedHealthcare Community Plan", null, "medicaid"],
    ["Aetna Better Health of New York", null, "medicaid"],
    ["UnitedHealthcare", null, "unitedhealthcare"],
    ["UHC Choice Plus", null, "unitedhealthcare"],
    ["Optum Behavioral Health", null, "optum-bh"],
    ["United Behavioral Health", null, "optum-bh"],
    ["Cigna", null, "cigna"],
    ["Evernorth Behavioral Health", null, "cigna"],
    ["Aetna", null, "aetna"],
    ["Carelon Behavioral Health", null, "carelon"],
    ["Beacon Health Options", null, "carelon"],
    [null, "optum-bh", "optum-bh"],
    ["Keystone Behavioral Health Plan", null, null],
    ["NYSHIP Empire Plan", null, null]
  ] as const)("%s (portal %s) → %s", (name, portal, family) => {
    expect(payerFamily(name, portal)).toBe(family)
  })
})

describe("every default carries its public source or says it has none", () => {
  const rules = PAYER_FAMILIES.flatMap((f) => {
    const r = DEFAULT_PAYER_TABLE[f]
    const all: [string, Rule][] = [
      [`${f} timelyFiling`, r.timelyFiling],
      [`${f} secondary`, r.secondary],
      ...(r.replacement.accepted ? ([[`${f} replacement`, r.replacement.rule]] as [string, Rule][]) : []),
      ...(r.reopening ? ([[`${f} reopening`, r.reopening]] as [string, Rule][]) : []),
      ...r.appeals.flatMap((s) => [
        [`${f} ${s.level}.file`, s.file] as [string, Rule],
        ...(s.decide ? [[`${f} ${s.level}.decide`, s.decide] as [string, Rule]] : [])
      ])
    ]
    return all
  })
  it.each(rules)("%s", (_, r) => {
    if (r.period) {
      // a number in the table rests on a source, or says in a note why there is none and asks to verify
      if (r.source) {
        expect(r.source.url).toMatch(/^https?:\/\/[^ ]+$/)
        expect(r.source.says.length).toBeGreaterThan(40)
      } else {
        expect(r.verify).toBe(true)
        expect(r.note).toBeTruthy()
      }
    } else {
      expect(r.verify).toBe(true)
    }
  })
  it("only Original Medicare's federal rules and New York's regulation are shown without verify", () => {
    const unverified = PAYER_FAMILIES.filter((f) => !DEFAULT_PAYER_TABLE[f].timelyFiling.verify)
    expect(unverified).toEqual(["medicare", "medicaid-ny"])
  })
  it("NY Medicaid's 90 days rests on 18 NYCRR 540.6", () => {
    const ny = DEFAULT_PAYER_TABLE["medicaid-ny"].timelyFiling
    expect(ny.period).toEqual({ amount: 90, unit: "days" })
    expect(ny.source?.says).toMatch(/within 90 days of the date the medical care, services or supplies were furnished/)
  })
})

describe("periods: calendar days, business days with holidays, months", () => {
  it("12 months from a leap day is February 28, as Medicare counts it", () => {
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28")
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28")
    expect(addMonths("2026-11-15", 4)).toBe("2027-03-15")
  })
  it("business days skip weekends and US federal holidays as observed", () => {
    expect(businessDaysAfter("2026-11-25", 1)).toBe("2026-11-27") // over Thanksgiving
    expect(businessDaysAfter("2026-07-02", 1)).toBe("2026-07-06") // July 4 is a Saturday, observed Friday 07/03
    expect(businessDaysAfter("2026-12-31", 1)).toBe("2027-01-04") // New Year's Day 2027 is a Friday
    // Aetna's 45 business days from Friday 11/20/2026 skip Thanksgiving, Christmas, New Year's Day and MLK Day
    expect(addPeriod("2026-11-20", { amount: 45, unit: "business-days" })).toBe("2027-01-28")
  })
  it("describes a period as a payer writes it", () => {
    expect(describePeriod({ amount: 120, unit: "days" })).toBe("120 days")
    expect(describePeriod({ amount: 60, unit: "business-days" })).toBe("60 business days")
    expect(describePeriod({ amount: 1, unit: "months" })).toBe("1 month")
  })
})

describe("overrides from options", () => {
  it("replace one value and keep the rest of the row", () => {
    const t = payerTable({
      aetna: {
        timelyFiling: { amount: 90, unit: "days" },
        "first-appeal.decide": { amount: 30, unit: "business-days" }
      }
    })
    expect(t.aetna.timelyFiling).toMatchObject({ period: { amount: 90, unit: "days" }, edited: true, verify: false })
    expect(t.aetna.appeals.find((s) => s.level === "first-appeal")?.decide).toMatchObject({
      period: { amount: 30, unit: "business-days" },
      edited: true
    })
    expect(t.aetna.appeals.find((s) => s.level === "reconsideration")).toEqual(DEFAULT_PAYER_TABLE.aetna.appeals[0])
    expect(t.cigna).toBe(DEFAULT_PAYER_TABLE.cigna)
  })
  it("parse at the boundary: unknown payers, unknown keys and non-positive lengths are refused by name", () => {
    expect(PayerRuleOverrides.parse({ cigna: { secondary: { amount: 120, unit: "days" } } })).toEqual({
      cigna: { secondary: { amount: 120, unit: "days" } }
    })
    expect(() => PayerRuleOverrides.parse({ humana: { timelyFiling: { amount: 90, unit: "days" } } })).toThrow(/humana/)
    expect(() => PayerRuleOverrides.parse({ cigna: { timelyFilingDays: 90 } })).toThrow(/timelyFilingDays/)
    expect(() => PayerRuleOverrides.parse({ cigna: { timelyFiling: { amount: 0, unit: "days" } } })).toThrow()
    expect(() => PayerRuleOverrides.parse({ cigna: { timelyFiling: { amount: 3, unit: "weeks" } } })).toThrow()
  })
})
